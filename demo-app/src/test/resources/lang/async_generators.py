# Async generators (PEP 525) and asynchronous comprehensions (PEP 530).
import asyncio

async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i
    print("ticker done")

async def pairs():
    async for i in ticker(3):
        yield i, i * i

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo closing with", received)

async def main():
    out = []
    async for i in ticker(4):
        out.append(i)
    print(out)
    collected = []
    async for p in pairs():
        collected.append(p)
    print(collected)
    g = echo()
    print(await g.__anext__(), await g.asend("a"), await g.asend("b"))
    await g.aclose()
    t = ticker(2)
    print(await t.__anext__(), await t.__anext__())
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(type(ticker(1)).__name__, hasattr(ticker(1), "__aiter__"))
    bad = ticker(5)
    await bad.__anext__()
    try:
        await bad.athrow(ValueError("stop"))
    except ValueError as e:
        print("athrow raised", e)
    results = await asyncio.gather(collect(ticker(2, 0.01)), collect(ticker(3, 0.005)))
    print(results)

async def collect(agen):
    items = []
    async for x in agen:
        items.append(x)
    return items

asyncio.run(main())



async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def comprehensions():
    print([i async for i in ticker(4)])
    print({i: i * i async for i in ticker(3)}, {i % 2 async for i in ticker(5)})
    print([i async for i in ticker(6) if i % 2])
    print([await double(x) for x in range(3)])
    print([(i, j) async for i in ticker(2) for j in range(2)])
    gen = (i * 10 async for i in ticker(3))
    print(type(gen).__name__, [x async for x in gen])
    print(sum(x for x in range(4)))
    out = []
    async for x in ticker(3):
        if x == 1:
            continue
        out.append(x)
    else:
        out.append("else")
    print(out)

asyncio.run(comprehensions())
