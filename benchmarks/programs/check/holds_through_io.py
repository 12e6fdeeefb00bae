# .ci/gilscope/seed.py whose I/O wait no longer releases the GIL: the 10 ms wait is a busy loop in
# Python instead of time.sleep, as a blocking call made outside any release method would be.
import threading
import time


def countdown(n):
    while n > 0:
        n -= 1


def io_worker(calls):
    for _ in range(calls):
        until = time.perf_counter() + 0.01
        while time.perf_counter() < until:
            pass


threads = [threading.Thread(target=countdown, args=(100_000_000,)),
           threading.Thread(target=io_worker, args=(40,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
