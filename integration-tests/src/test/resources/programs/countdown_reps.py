# Article 003's measurement (two countdowns in sequence, then on two threads), repeated. The first
# repetition's sequential phase runs in code the JIT compiled on the stack (OSR) before any thread
# contended; later repetitions compare the two phases on the same, warmed-up code. Prints one line
# per repetition: "rep N: sequential S s, threaded T s".
import sys
import threading
import time


def countdown(n):
    while n > 0:
        n -= 1


COUNT = 50_000_000
REPS = int(sys.argv[1]) if len(sys.argv) > 1 else 3

for rep in range(REPS):
    start = time.perf_counter()
    countdown(COUNT)
    countdown(COUNT)
    sequential = time.perf_counter() - start
    threads = [threading.Thread(target=countdown, args=(COUNT,)) for _ in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    threaded = time.perf_counter() - start
    print(f"rep {rep}: sequential {sequential:.4f} s, threaded {threaded:.4f} s")
