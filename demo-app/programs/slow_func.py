# Article 002 (the "really_really_slow_func" example), completed.
# The article leaves the body as "# Some code" and describes it as "calculating a unique
# proof-of-work". hashlib is not part of this interpreter's core, so the work here is pure Python
# arithmetic: a xorshift32 generator searched ROUNDS times for a value with N_ZERO_BITS low zero
# bits, which is CPU-bound bytecode like the article's.
# The article's threaded snippet passes `target=really_really_slow_func()` (which would call the
# function on the main thread) and never starts or joins the threads; here the function itself is
# the target and the four threads are started and joined, which is what the article describes.
import threading
import time

MASK = (1 << 32) - 1
N_ZERO_BITS = 16
ROUNDS = 12


def proof_of_work(seed):
    x = seed
    found = 0
    tries = 0
    while found < ROUNDS:
        x ^= (x << 13) & MASK
        x ^= x >> 17
        x ^= (x << 5) & MASK
        tries += 1
        if x & ((1 << N_ZERO_BITS) - 1) == 0:
            found += 1
    return tries


def really_really_slow_func(seed=2463534242):
    return proof_of_work(seed)


# Sequential: loop 4 times and call the slow function each time.
start = time.time()
for _ in range(4):
    really_really_slow_func()
print(f"Sequential: {time.time() - start:.2f}s")

# Threaded: four threads, each running the slow function.
start = time.time()
threads = []
for _ in range(4):
    t = threading.Thread(target=really_really_slow_func)
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(f"4 threads: {time.time() - start:.2f}s")
