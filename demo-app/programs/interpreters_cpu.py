# CPython 3.14's in-process answer to the GIL (PEP 684, PEP 734): every interpreter has a GIL of its
# own, so CPU-bound work in two interpreters runs in parallel, in one process. Article 001's cpu_work,
# twice in sequence, then on an InterpreterPoolExecutor of 2 (pool start-up included). Needs CPython
# 3.14 (concurrent.interpreters); the CPython installed here is 3.11. Under gilscope's agent each
# interpreter is a copy of the interpreter's classes with a GIL of its own (docs/architecture.md).
# An optional argument scales the work (default 10_000_000, as in the article).
from concurrent.futures import InterpreterPoolExecutor
import sys
import time

def cpu_work(n):
    return sum(i * i for i in range(n))

if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000

    start = time.time()
    expected = [cpu_work(x) for x in [n] * 2]
    print(f"Sequential: {time.time() - start:.2f}s")

    with InterpreterPoolExecutor(max_workers=2) as pool:
        start = time.time()
        results = list(pool.map(cpu_work, [n] * 2))
        print(f"2 interpreters: {time.time() - start:.2f}s")
    print(f"same results: {results == expected}")
