# gilscope CI guard (.ci/gilscope/dogfood.sh): a CPU-bound thread and an I/O-bound thread share the
# GIL; a change that makes them wait longer (interval, drop requests, convoy) fails the build. The
# CPU-bound thread outlasts the I/O-bound one, so every return from I/O meets it (40 returns: enough
# for the median wait and the convoy indicator, which need 20). One
# CPU-bound thread, not two: with two, a thread back from I/O sometimes loses the race for the GIL to
# the other CPU-bound thread and waits two intervals instead of one, so the convoy ratio would
# flip between about 1 and 2 from run to run.
import threading
import time


def countdown(n):
    while n > 0:
        n -= 1


def io_worker(calls):
    for _ in range(calls):
        time.sleep(0.01)


threads = [threading.Thread(target=countdown, args=(100_000_000,)),
           threading.Thread(target=io_worker, args=(40,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
