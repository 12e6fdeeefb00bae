# Article 001, "NumPy/SciPy: C Extensions Release the GIL": 4 threads each multiplying two random
# 1000x1000 matrices. np.dot runs in Java with the GIL released, so the threads run in parallel even
# under the agent's GIL. Added: timings, the same 4 products one after another for comparison, and an
# optional argument for the matrix size (default 1000, as in the article: about 1 s per product here).
import numpy as np
import sys
import threading
import time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000

def matrix_multiply():
    a = np.random.rand(n, n)
    b = np.random.rand(n, n)
    np.dot(a, b)  # releases GIL, runs in C, can parallelize

start = time.time()
for _ in range(4):
    matrix_multiply()
print(f"Sequential: {time.time() - start:.2f}s")

# This does run in parallel
start = time.time()
threads = [threading.Thread(target=matrix_multiply) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(f"4 threads: {time.time() - start:.2f}s")
