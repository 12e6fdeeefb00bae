# Two CPU-bound countdowns on threads, then sequentially, at a given switch interval.
# Usage: switch_interval.py SWITCH_INTERVAL_SECONDS [COUNT]
import sys
import threading
import time


def countdown(n):
    while n > 0:
        n -= 1


sys.setswitchinterval(float(sys.argv[1]))
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000_000

start = time.perf_counter()
countdown(count)
countdown(count)
print(f"Sequential: {time.perf_counter() - start:.3f}s")

threads = [threading.Thread(target=countdown, args=(count,)) for _ in range(2)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"Threaded: {time.perf_counter() - start:.3f}s")
