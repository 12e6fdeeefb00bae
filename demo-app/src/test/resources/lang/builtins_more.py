# Builtins and methods real programs reach for: each prints what CPython 3.11 prints.
import sys

print("Straße".casefold(), "ǅ".casefold(), "ΣΑΣ".casefold())
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcd-cab".translate(table), "hello".translate(str.maketrans({"l": "L", "o": None})))
for s in ("a b  c ", "  a b c", "aXbXc", "XaXbX", ""):
    print(repr(s), s.rsplit(None, 1), s.rsplit("X", 1), s.split(None, 1), s.rsplit("X"), s.rsplit(maxsplit=0))
print(ascii("naïve ☃ 𝄞"), ascii(["é"]), ascii(1))
print(slice(1, None).indices(5), slice(None, None, -2).indices(7), slice(-3, 100).indices(10))


class Blob:
    def __bytes__(self):
        return b"blob"


print(bytes(Blob()))


class Temperature:
    def __init__(self):
        self._c = 20

    @property
    def celsius(self):
        "degrees Celsius"
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c


t = Temperature()
t.celsius = 25
print(t.celsius, Temperature.celsius.__doc__, Temperature.celsius.fdel is not None)
del t.celsius
print(hasattr(t, "_c"))
try:
    del Temperature().nothing
except AttributeError as e:
    print("AttributeError", e)


class Guarded:
    def __delattr__(self, name):
        print("refusing to delete", name)


g = Guarded()
g.x = 1
del g.x
print(g.x)
ro = property(lambda self: 1)
try:
    class R:
        p = ro
    del R().p
except AttributeError as e:
    print("AttributeError", e)

lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))


def with_locals(a, b=2):
    c = a + b
    return sorted(locals().items())


print(with_locals(1), type(sys.path).__name__, isinstance(sys.path[0], str))

xs = list(range(10))
del xs[::3]
print(xs)
del xs[::-2]
print(xs)
del xs[1:5:10]
print(xs)

print(type(...).__name__, type(NotImplemented).__name__, type(None).__name__)
a = [1, 2]
a.append(a)
d = {"k": 1}
d["self"] = d
d["list"] = a
print(a, d)

code = compile("total = sum(range(n))\nprint('total', total)", "<generated>", "exec")
namespace = {"n": 5}
exec(code, namespace)
print(namespace["total"], eval(compile("n * 2", "<expr>", "eval"), namespace), eval(compile(b"1 + 1", "<b>", "eval")))
try:
    compile("x", "<s>", "nonsense")
except ValueError as e:
    print("ValueError", e)
try:
    compile("1 +", "<s>", "eval")
except SyntaxError:
    print("SyntaxError")
