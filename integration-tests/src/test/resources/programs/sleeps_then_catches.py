import sys
import threading
import time

# Ctrl-C while the main thread sleeps and another thread spins: KeyboardInterrupt comes out of
# time.sleep in the main thread only, and the program handles it.
stop = False

def spin():
    while not stop:
        pass

t = threading.Thread(target=spin)
t.start()
print("ready", file=sys.stderr)
try:
    time.sleep(60)
    print("slept")
except KeyboardInterrupt:
    print("caught KeyboardInterrupt in", threading.current_thread().name)
stop = True
t.join()
print("done")
