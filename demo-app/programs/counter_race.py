# Article 001 ("What the GIL Does"), as written there. `counter += 1` is a load, an add and a
# store: two threads interleave between them and lose updates, with or without a GIL.
import threading

counter = 0

def increment():
    global counter
    for _ in range(1_000_000):
        counter += 1

# With the GIL, this is safe from data corruption
# (though the result is still undefined due to context switches)
t1 = threading.Thread(target=increment)
t2 = threading.Thread(target=increment)
t1.start(); t2.start()
t1.join(); t2.join()
print(counter)  # ~1,000,000-2,000,000, not consistent
