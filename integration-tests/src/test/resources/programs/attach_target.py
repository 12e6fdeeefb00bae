# Two CPU-bound threads spin in short function calls until the GIL agent is attached (dynamic
# attach retransforms the interpreter: frames entered after that run under the GIL), then a little
# longer, so that the agent's recording sees both threads take turns.
import sys
import threading
import time


def work(n):
    while n > 0:
        n -= 1


def spin(stop):
    while not stop:
        work(100_000)


stop = []
threads = [threading.Thread(target=spin, args=(stop,)) for _ in range(2)]
for t in threads:
    t.start()
print("ready")
deadline = time.time() + 60
while not sys._is_gil_enabled() and time.time() < deadline:
    time.sleep(0.05)
print(f"GIL enabled: {sys._is_gil_enabled()}")
time.sleep(1.0)
stop.append(True)
for t in threads:
    t.join()
print("done")
