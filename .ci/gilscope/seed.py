# gilscope CI guard (.ci/gilscope/dogfood.sh): two CPU-bound threads and one I/O-bound thread share
# the GIL; a change that makes them wait longer (interval, drop requests, convoy) fails the build.
import threading
import time


def countdown(n):
    while n > 0:
        n -= 1


def io_worker(calls):
    for _ in range(calls):
        time.sleep(0.002)


threads = [threading.Thread(target=countdown, args=(2_000_000,)),
           threading.Thread(target=countdown, args=(2_000_000,)),
           threading.Thread(target=io_worker, args=(100,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
