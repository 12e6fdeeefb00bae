# The convoy effect (bpo-7946): an I/O-bound thread making many short blocking calls, alone and then
# next to one CPU-bound thread. Each call releases the GIL; coming back, the I/O thread must take it
# again from the CPU-bound thread, which under the "new" GIL can take a whole switch interval.
# Usage: convoy.py [SWITCH_INTERVAL_SECONDS]
import sys
import threading
import time

SECONDS = 1.0


def io_latencies(seconds):
    latencies = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        start = time.perf_counter()
        time.sleep(0.0001)  # a short blocking call
        latencies.append(time.perf_counter() - start)
    return latencies


def spin(stop):
    n = 0
    while not stop:
        n += 1


def median_ms(values):
    return sorted(values)[len(values) // 2] * 1000


if len(sys.argv) > 1:
    sys.setswitchinterval(float(sys.argv[1]))

alone = io_latencies(SECONDS)
stop = []
cpu = threading.Thread(target=spin, args=(stop,))
cpu.start()
busy = io_latencies(SECONDS)
stop.append(True)
cpu.join()

print(f"I/O ops alone: {len(alone) / SECONDS:.0f}/s, median {median_ms(alone):.3f} ms")
print(f"I/O ops next to a CPU-bound thread: {len(busy) / SECONDS:.0f}/s, median {median_ms(busy):.3f} ms")
print(f"kept: {100 * len(busy) / len(alone):.1f}%")
