# contextlib in Python (bundled): contextmanager, suppress, closing, nullcontext, ExitStack, AbstractContextManager.
import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, AbstractContextManager


@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)


with tag("a") as t:
    print("body", t)
with tag("outer"), tag("inner") as t2:
    print("nested", t2)


@contextmanager
def guarded(label):
    print("enter", label)
    try:
        yield label
    except ValueError as e:
        print("handled", label, repr(e))
    finally:
        print("cleanup", label)


with guarded("one"):
    raise ValueError("swallowed")
print("after one")
try:
    with guarded("two"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))


@contextmanager
def reraiser():
    try:
        yield
    except ZeroDivisionError:
        print("saw it, re-raising")
        raise


try:
    with reraiser():
        1 / 0
except ZeroDivisionError as e:
    print("outside", type(e).__name__)


@contextmanager
def translator():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated %s" % e)


try:
    with translator():
        {}["k"]
except LookupError as e:
    print(type(e).__name__, e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        pass
    yield


try:
    with keeps_going():
        raise TypeError("x")
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def passthrough():
    yield


try:
    with passthrough():
        raise StopIteration("inside the block")
except StopIteration as e:
    print("StopIteration kept:", e)


@tag("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2


print(decorated(4))
print(decorated(5))

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
with suppress(LookupError):
    {}["missing"]
print("suppressed KeyError via LookupError")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with suppress():
    pass
print("empty suppress ok")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)
try:
    with closing(Resource("r2")):
        raise RuntimeError("fail")
except RuntimeError as e:
    print("closed anyway:", e)

with nullcontext() as n:
    print("null", n)
with nullcontext(42) as n:
    print("null", n)


def maybe(cm=None):
    with cm or nullcontext("default") as v:
        return v


print(maybe(), maybe(tag("given")))


class Noisy:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Noisy(n)) for n in "abc"]
    print("entered", names)
    stack.callback(print, "callback", 1, sep="-")
    stack.callback(lambda: print("lambda callback"))

with ExitStack() as stack:
    stack.enter_context(Noisy("s", suppress=True))
    stack.enter_context(Noisy("t"))
    raise ValueError("boom")
print("suppressed by s")


def exit_fn(typ, val, tb):
    print("push fn sees", typ.__name__ if typ else None)
    return typ is KeyError


try:
    with ExitStack() as stack:
        stack.push(exit_fn)
        stack.push(Noisy("pushed"))
        raise KeyError("k")
except KeyError:
    print("not reached")
else:
    print("KeyError suppressed by push")

try:
    with ExitStack() as stack:
        stack.push(exit_fn)
        raise IndexError("i")
except IndexError as e:
    print("IndexError propagated", e)


def failing_cb():
    print("failing callback")
    raise OSError("from callback")


try:
    with ExitStack() as stack:
        stack.enter_context(Noisy("under"))
        stack.callback(failing_cb)
        stack.callback(print, "runs first")
except OSError as e:
    print("OSError:", e)

with ExitStack() as stack:
    stack.enter_context(Noisy("kept"))
    saved = stack.pop_all()
    print("popped")
print("stack exited, now closing saved")
saved.close()
saved.close()

stack = ExitStack()
stack.enter_context(Noisy("manual"))
cb = stack.callback(print, "manual cb")
print(cb is print)
stack.close()

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError:", e)


@contextmanager
def counter(log):
    log.append("start")
    try:
        yield len(log)
    finally:
        log.append("end")


log = []
with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(counter(log))
print(log)


class MyCM(AbstractContextManager):
    def __exit__(self, *a):
        print("MyCM exit")


with MyCM() as m:
    print("MyCM enter returns self:", type(m).__name__)
print(issubclass(Noisy, AbstractContextManager), isinstance(Noisy("x"), AbstractContextManager),
      issubclass(Resource, AbstractContextManager), isinstance(ExitStack(), AbstractContextManager),
      isinstance(nullcontext(), AbstractContextManager), isinstance(tag("t"), AbstractContextManager))


class Incomplete(AbstractContextManager):
    pass


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)

import asyncio


async def main():
    async with nullcontext("async null") as v:
        print(v)


asyncio.run(main())

# print() writes to a replaced sys.stdout, piece by piece; redirect_stdout
import sys, io
from contextlib import redirect_stdout
class W:
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s); return len(s)
w = W()
old = sys.stdout
sys.stdout = w
print("hidden", 1)
sys.stdout = old
print(w.buf)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
