# np.dot on 4 threads vs sequentially, on the same two 1000x1000 matrices, 3 rounds: wall times,
# speed-up, and the process CPU time per wall second of the threaded phase (about 2 when both cores
# are ours; much less when other processes take the machine).
import numpy as np
import threading
import time

a = np.random.rand(1000, 1000)
b = np.random.rand(1000, 1000)

def multiply():
    np.dot(a, b)

multiply()
for _ in range(3):
    start = time.time()
    for _ in range(4):
        multiply()
    sequential = time.time() - start
    cpu = time.process_time()
    start = time.time()
    threads = [threading.Thread(target=multiply) for _ in range(4)]
    for t in threads: t.start()
    for t in threads: t.join()
    threaded = time.time() - start
    cpu = time.process_time() - cpu
    print(f"sequential {sequential:.2f}s  4 threads {threaded:.2f}s  speed-up {sequential / threaded:.2f}  cpu/wall {cpu / threaded:.2f}")
