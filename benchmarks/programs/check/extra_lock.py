# .ci/gilscope/seed.py with an extra contended lock: the CPU-bound thread holds a shared lock for
# 2 ms at a time, and the I/O-bound thread takes it after every sleep.
import threading
import time

lock = threading.Lock()


def countdown(n):
    while n > 0:
        with lock:
            for _ in range(200_000):
                n -= 1


def io_worker(calls):
    for _ in range(calls):
        time.sleep(0.01)
        with lock:
            pass


threads = [threading.Thread(target=countdown, args=(100_000_000,)),
           threading.Thread(target=io_worker, args=(40,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
