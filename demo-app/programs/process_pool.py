# Article 001, "multiprocessing: True Parallelism": each worker process has its own GIL.
# Two changes from the article: the pool sits under `if __name__ == "__main__":` - gilscope's
# workers are spawned (child JVMs that import this file as __mp_main__), never forked, and Python's
# spawn start method needs that guard - and a sequential run of the same work for comparison.
# An optional argument scales the work (default 10_000_000, as in the article).
from multiprocessing import Pool
import sys
import time

def cpu_work(n):
    return sum(i * i for i in range(n))

if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
    with Pool(processes=4) as pool:
        start = time.time()
        results = pool.map(cpu_work, [n] * 4)
        print(f"4 processes: {time.time() - start:.2f}s")
        # ~4x faster than single-threaded

    start = time.time()
    expected = [cpu_work(x) for x in [n] * 4]
    print(f"Sequential: {time.time() - start:.2f}s")
    print(f"same results: {results == expected}")
