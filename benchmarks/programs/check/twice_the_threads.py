# .ci/gilscope/seed.py with twice the threads: two CPU-bound and two I/O-bound threads, the same
# work each.
import threading
import time


def countdown(n):
    while n > 0:
        n -= 1


def io_worker(calls):
    for _ in range(calls):
        time.sleep(0.01)


threads = [threading.Thread(target=countdown, args=(100_000_000,)) for _ in range(2)]
threads += [threading.Thread(target=io_worker, args=(40,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
