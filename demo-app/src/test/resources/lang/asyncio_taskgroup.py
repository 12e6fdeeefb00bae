# asyncio 3.11: TaskGroup (results, a failure cancelling the rest, ExceptionGroup), timeout, and ExceptionGroup itself
import asyncio

async def work(n, fail=False):
    await asyncio.sleep(0.01 * n)
    if fail:
        raise ValueError(f"job {n} failed")
    return n * 10

async def slow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(1))
        t2 = tg.create_task(work(2))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1, fail=True))
            tg.create_task(slow())
    except ExceptionGroup as eg:
        print("ExceptionGroup:", eg, [str(e) for e in eg.exceptions], eg.message)
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time", cm.expired())
    async with asyncio.timeout(None):
        await asyncio.sleep(0)
    print("no limit")

asyncio.run(main())
try:
    raise ExceptionGroup("two", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print(e, len(e.exceptions), repr(e.exceptions[0]))

# a failing task cancels the body of the async with too, and the code after the group runs
async def crash_soon():
    await asyncio.sleep(0.01)
    raise ValueError("crash")

async def body_is_cancelled():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(crash_soon())
            tg.create_task(slow())
            await asyncio.sleep(5)
            print("not reached")
    except ExceptionGroup as eg:
        print("body cancelled:", [str(e) for e in eg.exceptions])
    await asyncio.sleep(0)
    print("after the group")

async def caller_cancels():
    async def group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            await asyncio.sleep(5)
    t = asyncio.get_running_loop().create_task(group())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("the caller's cancellation passes through:", t.cancelled())

asyncio.run(body_is_cancelled())
asyncio.run(caller_cancels())
