# Article 001, "I/O-bound: GIL is NOT a problem": 5 fetches of /delay/1, sequential then threaded.
# Only the URL is changed: it points at the local httpbin stand-in (`gilscope run --serve` or
# `gilscope-demo --serve` start it and export GILSCOPE_HTTPBIN).
import os
import threading
import urllib.request
import time

httpbin = os.environ.get("GILSCOPE_HTTPBIN", "http://127.0.0.1:8765")
urls = [httpbin + "/delay/1"] * 5

def fetch(url):
    urllib.request.urlopen(url)

# Sequential: ~5 seconds
start = time.time()
for url in urls:
    fetch(url)
print(f"Sequential: {time.time() - start:.2f}s")

# Threaded: ~1 second — GIL is released during I/O
start = time.time()
threads = [threading.Thread(target=fetch, args=(url,)) for url in urls]
for t in threads: t.start()
for t in threads: t.join()
print(f"Threaded: {time.time() - start:.2f}s")
