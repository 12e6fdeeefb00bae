# countdown(50_000_000) on one thread, timed in-process around the first call (no warm-up run),
# the same way for CPython and for gilscope-demo. Prints the seconds.
import time


def countdown(n):
    while n > 0:
        n -= 1


start = time.perf_counter()
countdown(50_000_000)
print(f"{time.perf_counter() - start:.4f}")
