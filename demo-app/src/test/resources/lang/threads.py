import threading
results = {}
lock = threading.Lock()
def worker(n, scale=1):
    total = 0
    for i in range(n):
        total += i
    with lock:
        results[threading.current_thread().name] = total * scale
threads = [threading.Thread(target=worker, args=(1000,), kwargs={"scale": 2}) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(threading.current_thread().name, [t.is_alive() for t in threads])
t = threading.Thread(target=worker, args=(10,), name="custom")
t.start(); t.join()
print(results["custom"])
l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False))
l.release()
print(l.locked())
class MyThread(threading.Thread):
    def __init__(self, value):
        super().__init__()
        self.value = value
        self.result = None
    def run(self):
        self.result = self.value * 2
mt = MyThread(21)
mt.start()
mt.join()
print(mt.result)
ev = threading.Event()
def setter():
    ev.set()
threading.Thread(target=setter).start()
print(ev.wait(5))
