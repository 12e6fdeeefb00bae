# A loop in a function, printing its rate (million iterations/s) every second for 14 s; attach_slowdown.sh attaches midway.
import time
def spin(seconds):
    start = time.time()
    mark = start
    n = 0
    while True:
        k = 0
        while k < 20000:
            k += 1
        n += k
        now = time.time()
        if now - mark >= 1.0:
            print(f"{now - start:5.1f}s {n / (now - mark) / 1e6:.2f} M/s", flush=True)
            mark = now
            n = 0
            if now - start > seconds:
                return
spin(14)
