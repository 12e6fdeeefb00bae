# Threads scale without a GIL (issue: "threads multiply work"): a mixed CPU-bound task (recursive calls,
# objects and methods, strings, dicts, sorting) run sequentially and on a ThreadPoolExecutor of N workers,
# interleaved round by round in one process. Prints each round, then the median (min-max) of the
# threaded/sequential wall-time and process-CPU-time ratios over the rounds after the first WARM (the JIT
# compiles during those). Run with gilscope's interpreter alone (no agent):
#   java -jar demo-app/target/gilscope-demo.jar demo-app/bench/thread_scaling.py [N] [JOBS] [ROUNDS] [WARM]
# Targets (issue 15): wall <= 1.2/N for N up to the cores, CPU <= 1.15 for N up to twice the cores.
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)

def work(seed):
    total = fib(20)
    total += sum(p.norm() for p in [Point(i, -i) for i in range(20000)])
    total += len("".join(str(i % 10) for i in range(20000)).split("5"))
    counts = {}
    for i in range(20000):
        counts[i % 100] = counts.get(i % 100, 0) + 1
    total += max(counts.values())
    return total + len(sorted(f"w{(i * 7919 + seed) % 5000:05d}" for i in range(5000)))

def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]

n = int(sys.argv[1]) if len(sys.argv) > 1 else os.cpu_count()
jobs = list(range(int(sys.argv[2]) if len(sys.argv) > 2 else 48))
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 7
warm = int(sys.argv[4]) if len(sys.argv) > 4 else 2
walls, cpus = [], []
for r in range(rounds):
    t0, c0 = time.perf_counter(), time.process_time()
    sequential = [work(j) for j in jobs]
    t1, c1 = time.perf_counter(), time.process_time()
    with ThreadPoolExecutor(n) as pool:
        threaded = list(pool.map(work, jobs))
    t2, c2 = time.perf_counter(), time.process_time()
    assert threaded == sequential
    wall, cpu = (t2 - t1) / (t1 - t0), (c2 - c1) / (c1 - c0)
    print(f"round {r}: sequential {t1 - t0:.2f} s ({c1 - c0:.2f} s CPU), {n} threads {t2 - t1:.2f} s ({c2 - c1:.2f} s CPU): "
          f"wall {wall:.2f}, CPU {cpu:.2f}{'  (warm-up)' if r < warm else ''}")
    if r >= warm:
        walls.append(wall)
        cpus.append(cpu)
print(f"{n} threads on {os.cpu_count()} cores: wall ratio median {median(walls):.2f} ({min(walls):.2f}-{max(walls):.2f}), "
      f"CPU ratio median {median(cpus):.2f} ({min(cpus):.2f}-{max(cpus):.2f}) over {len(walls)} rounds")
