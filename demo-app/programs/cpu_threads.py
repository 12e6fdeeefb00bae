# Article 001 ("Python GIL: What It Is and When It Actually Matters", "CPU-bound: GIL is a problem"),
# as written there: cpu_work on two threads, then the same work sequentially.
import threading
import time

def cpu_work(n):
    return sum(i * i for i in range(n))

# 2 threads — barely faster than 1 thread on CPU-bound work
# The GIL prevents true parallelism
start = time.time()
t1 = threading.Thread(target=cpu_work, args=(10_000_000,))
t2 = threading.Thread(target=cpu_work, args=(10_000_000,))
t1.start(); t2.start()
t1.join(); t2.join()
print(f"2 threads: {time.time() - start:.2f}s")

# Same time as sequential execution
start = time.time()
cpu_work(10_000_000)
cpu_work(10_000_000)
print(f"Sequential: {time.time() - start:.2f}s")
