# A module-level loop (globals), printing its rate every second for 16 s, then the same loop in a function for 4 s.
import time
start = time.time()
mark = start
n = 0
done = 0
while time.time() - start < 16:
    for i in range(20000):
        n += 1
    now = time.time()
    if now - mark >= 1.0:
        print(f"{now - start:5.1f}s {n / (now - mark) / 1e6:.2f} M/s", flush=True)
        mark = now
        n = 0

def work():
    k = 0
    for i in range(20000):
        k += 1
    return k

start = time.time()
mark = start
n = 0
while time.time() - start < 4:
    n += work()
    now = time.time()
    if now - mark >= 1.0:
        print(f"in a function: {n / (now - mark) / 1e6:.2f} M/s", flush=True)
        mark = now
        n = 0
