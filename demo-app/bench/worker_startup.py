# Child JVM start-up cost of multiprocessing workers: time from Pool(1) to the first result of a
# trivial task (JVM start, loading this program as __mp_main__, one round trip), 7 times; prints the
# sorted times and the median in ms. Run with and without the agent to see both costs.
from multiprocessing import Pool
import time

def identity(x):
    return x

if __name__ == "__main__":
    times = []
    for _ in range(7):
        start = time.perf_counter()
        pool = Pool(1)
        pool.apply(identity, (1,))
        times.append((time.perf_counter() - start) * 1000)
        pool.terminate()
    times.sort()
    print("worker start-up to first result (ms):", [round(t) for t in times], "median", round(times[3]))
