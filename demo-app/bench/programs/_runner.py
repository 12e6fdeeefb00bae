# Shared by the benchmark programs: run bench() REPS times, print each time, then its checksum.
import sys
import time

def main(bench, default_reps=5):
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else default_reps
    result = None
    for _ in range(reps):
        t0 = time.perf_counter()
        result = bench()
        print(f"time {time.perf_counter() - t0:.6f}")
    print(f"result {result}")
