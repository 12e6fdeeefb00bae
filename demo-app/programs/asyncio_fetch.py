# Articles 000 and 001, "I/O-bound: use asyncio": 5 fetches of /delay/1 on ONE thread, sequential then
# gathered. Not an article's code (they name asyncio without an example): the fetch is a plain HTTP GET
# over asyncio.open_connection, as CPython's asyncio has no HTTP client. `gilscope run --serve` starts
# the local httpbin stand-in and exports GILSCOPE_HTTPBIN.
import asyncio
import os
import threading
import time
from urllib.parse import urlsplit

httpbin = urlsplit(os.environ.get("GILSCOPE_HTTPBIN", "http://127.0.0.1:8765"))

async def fetch(path):
    reader, writer = await asyncio.open_connection(httpbin.hostname, httpbin.port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {httpbin.netloc}\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    status = await reader.readline()
    body = await reader.read()
    writer.close()
    await writer.wait_closed()
    return status.split()[1].decode()

async def main():
    # Sequential: ~5 seconds
    start = time.time()
    for _ in range(5):
        await fetch("/delay/1")
    print(f"Sequential: {time.time() - start:.2f}s")

    # Gathered: ~1 second, on one thread: the event loop waits for all five at once
    start = time.time()
    statuses = await asyncio.gather(*(fetch("/delay/1") for _ in range(5)))
    print(f"Gathered: {time.time() - start:.2f}s")
    print(f"Statuses: {' '.join(statuses)}; threads: {threading.active_count()}")

asyncio.run(main())
