import threading, queue, time
q = queue.Queue(maxsize=3)
results = []
def producer():
    for i in range(10):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()
threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads: t.start()
q.join()
for t in threads: t.join()
print(results, q.empty(), q.qsize())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("empty")
try:
    q.get_nowait()
except queue.Empty as e:
    print("empty again", type(e).__name__)
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
sem = threading.BoundedSemaphore(2)
with sem:
    print("in sem", sem.acquire(blocking=False), sem.acquire(blocking=False))
    sem.release()
try:
    sem.release()
    sem.release()
except ValueError as e:
    print(e)
cond = threading.Condition()
ready = []
def waiter():
    with cond:
        cond.wait_for(lambda: ready)
        print("waiter saw", ready)
w = threading.Thread(target=waiter)
w.start()
time.sleep(0.05)
with cond:
    ready.append(1)
    cond.notify_all()
w.join()
with cond:
    print("timed out", cond.wait(0.01))
