# async def, await, async with, async for and yield from, driven by hand (no event loop): send, throw, close and StopIteration.value
class Fut:
    def __init__(self): self.v = None; self.done = False
    def __await__(self):
        if not self.done:
            yield self
        return self.v

def gen():
    x = yield 1
    print("got", x)
    return 42

def outer():
    r = yield from gen()
    print("inner returned", r)
    return r + 1

g = outer()
print(next(g))
try:
    g.send("hello")
except StopIteration as e:
    print("stop", e.value, e.args)

async def leaf(f):
    v = await f
    return v * 2

async def mid(f):
    try:
        r = await leaf(f)
    except ValueError as e:
        print("mid caught", e)
        return -1
    return r + 1

f = Fut()
c = mid(f)
print(type(c).__name__)
y = c.send(None)
print(y is f)
f.v = 10; f.done = True
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

f2 = Fut()
c2 = mid(f2)
c2.send(None)
try:
    c2.throw(ValueError("boom"))
except StopIteration as e:
    print("after throw", e.value)

class ACM:
    async def __aenter__(self):
        print("enter"); return self
    async def __aexit__(self, t, e, tb):
        print("exit", t.__name__ if t else None); return t is KeyError

class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i

async def main():
    async with ACM() as m:
        print("body")
    async with ACM():
        raise KeyError("x")
    print("swallowed")
    for_out = []
    async for i in AIt():
        if i == 2: continue
        for_out.append(i)
    else:
        print("else ran")
    print(for_out)
    async for i in AIt():
        break
    try:
        async with ACM():
            raise ValueError("v")
    except ValueError:
        print("propagated")
    return "done"

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
def g3():
    try:
        yield 1
    finally:
        print("cleanup")
x = g3(); next(x); x.close()
print(1)
