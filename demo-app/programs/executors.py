# Article 001, "concurrent.futures: Unified Interface", completed: fetch_url and urls are defined
# (against the local httpbin stand-in: `gilscope run --serve` / `gilscope-demo --serve`), the process
# pool sits under `if __name__ == "__main__":` (workers are spawned), and each part is timed.
# An optional argument scales the CPU work (default 10_000_000, as in the article).
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
import os
import sys
import time
import urllib.request

httpbin = os.environ.get("GILSCOPE_HTTPBIN", "http://127.0.0.1:8765")
urls = [httpbin + "/delay/1"] * 10

def fetch_url(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()

def work(n):
    return sum(i * i for i in range(n))

if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000

    # I/O-bound → ThreadPoolExecutor
    start = time.time()
    with ThreadPoolExecutor(max_workers=10) as executor:
        futures = [executor.submit(fetch_url, url) for url in urls]
        results = [f.result() for f in futures]
    print(f"ThreadPoolExecutor: {len(results)} pages in {time.time() - start:.2f}s")

    # CPU-bound → ProcessPoolExecutor
    start = time.time()
    with ProcessPoolExecutor(max_workers=4) as executor:
        futures = [executor.submit(work, n) for _ in range(4)]
        results = [f.result() for f in futures]
    print(f"ProcessPoolExecutor: {len(results)} results in {time.time() - start:.2f}s")
    print(f"all equal: {all(r == work(n) for r in results[:1]) and len(set(results)) == 1}")
