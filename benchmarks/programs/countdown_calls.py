# countdown(50_000_000) called six times on one thread. The first call also pays for start-up work
# running beside it (the JIT compiling the interpreter; under the agent, Byte Buddy's code and the
# recording's start); the median of calls 3 to 6 is the steady state, where the cost of the agent's
# check before every dispatch shows on its own. Prints both, in seconds.
import time


def countdown(n):
    while n > 0:
        n -= 1


times = []
for i in range(6):
    start = time.perf_counter()
    countdown(50_000_000)
    times.append(time.perf_counter() - start)
warm = sorted(times[2:])
print(f"first call: {times[0]:.4f} s")
print(f"warm calls: {(warm[1] + warm[2]) / 2:.4f} s (median of calls 3-6)")
