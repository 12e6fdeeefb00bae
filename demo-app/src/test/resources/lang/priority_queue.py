import queue, threading
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2'), (5, 'e'), (0, 'z')]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(pq.qsize())], pq.empty())
class Job:
    def __init__(self, p, name): self.p, self.name = p, name
    def __lt__(self, other): return self.p < other.p
    def __repr__(self): return self.name
q = queue.PriorityQueue()
for p, n in [(2, 'two'), (1, 'one-a'), (3, 'three'), (1, 'one-b'), (1, 'one-c'), (0, 'zero')]:
    q.put(Job(p, n))
print([q.get_nowait() for _ in range(6)])
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
bounded = queue.PriorityQueue(maxsize=1)
bounded.put(1)
try:
    bounded.put(2, timeout=0.01)
except queue.Full:
    print("Full")
results = []
work = queue.PriorityQueue()
def consumer():
    while True:
        p, item = work.get()
        if item is None:
            break
        results.append(item)
        work.task_done()
t = threading.Thread(target=consumer)
t.start()
for i in [5, 3, 9, 1]:
    work.put((i, 'job%d' % i))
work.join()
work.put((100, None))
t.join()
print(sorted(results), work.qsize())
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)], queue.SimpleQueue().empty())
