# Article 003 ("The Global Interpreter Lock (GIL)", "1. The Proof Code"), as written there.
# Two CPU-bound countdowns, sequential and then on two threads. Without a GIL (this interpreter
# alone) the threaded run takes about half the sequential time on two cores; under the gilscope
# agent it takes as long or longer, as in CPython.
import threading
import time


def countdown(n: int) -> None:
    while n > 0:
        n -= 1


COUNT: int = 50_000_000

# Sequential Execution
start = time.time()
countdown(COUNT)
countdown(COUNT)
print(f"Sequential time: {time.time() - start:.2f}s")

# Multi-threaded Execution (on multi-core CPU)
t1 = threading.Thread(target=countdown, args=(COUNT,))
t2 = threading.Thread(target=countdown, args=(COUNT,))
start = time.time()
t1.start()
t2.start()
t1.join()
t2.join()
print(f"Multi-threaded time: {time.time() - start:.2f}s")
