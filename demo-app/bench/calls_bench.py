# 10M calls of a one-line function, six times in one JVM; prints the median of rounds 3-6 (steady state).
import time
def f(x):
    return x + 1
def run():
    k = 0
    for i in range(10_000_000):
        k = f(k)
    return k
times = []
for i in range(6):
    s = time.perf_counter(); run(); times.append(time.perf_counter() - s)
w = sorted(times[2:])
print(f"warm calls: {(w[1] + w[2]) / 2:.4f} s")
