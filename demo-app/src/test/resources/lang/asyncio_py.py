# asyncio on one event loop: gather, wait_for, tasks and cancellation, Queue, Lock, Event, Semaphore, to_thread, wait, as_completed
import asyncio, time, threading

async def work(name, delay):
    await asyncio.sleep(delay)
    return name

async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("bad")

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    t0 = time.monotonic()
    r = await asyncio.gather(work("a", 0.2), work("b", 0.1), work("c", 0.15))
    print(r)
    r = await asyncio.gather(work("x", 0.01), failing(), return_exceptions=True)
    print(r[0], type(r[1]).__name__, r[1])
    try:
        await asyncio.gather(failing(), work("y", 0.05))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(slow(), 0.05)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(work("quick", 0.01), 1))
    t = asyncio.create_task(work("task", 0.01))
    print(t.done(), await t, t.done(), t.result())
    q = asyncio.Queue()
    async def producer():
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        got = []
        while True:
            x = await q.get()
            if x is None: break
            got.append(x)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    print(got)
    lock = asyncio.Lock()
    order = []
    async def locked(i):
        async with lock:
            order.append(("in", i))
            await asyncio.sleep(0.01)
            order.append(("out", i))
    await asyncio.gather(*(locked(i) for i in range(3)))
    print(order)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    ev.set()
    print(await w)
    def blocking(n):
        time.sleep(0.05)
        return n * 2, threading.current_thread() is not threading.main_thread()
    print(await asyncio.to_thread(blocking, 21))
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(work("w1", 0.01)), asyncio.create_task(work("w2", 0.5))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending: p.cancel()
    res = []
    for c in asyncio.as_completed([work("late", 0.05), work("early", 0.01)]):
        res.append(await c)
    print(res)
    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited():
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.01)
            active[0] -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    print("max concurrent", active[1])
    print(asyncio.current_task().get_name())
    return "end"

print(asyncio.run(main()))
try:
    asyncio.run(failing())
except ValueError as e:
    print("run raised", e)
