# types in Python (bundled): SimpleNamespace, MappingProxyType and the type names taken from sample objects.
import sys
import types
from types import SimpleNamespace, MappingProxyType

ns = SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
ns.a += 10
print(repr(ns), vars(ns))
del ns.b
print(ns, hasattr(ns, "b"))
print(SimpleNamespace(), SimpleNamespace(x=None, y=(1, 2)))
print(SimpleNamespace(a=1, b=2) == SimpleNamespace(a=1, b=2), SimpleNamespace(a=1) == SimpleNamespace(a=2),
      SimpleNamespace(a=1) != SimpleNamespace(a=1), SimpleNamespace(a=1) == {"a": 1})
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(SimpleNamespace())
except TypeError as e:
    print("TypeError: unhashable")
try:
    ns.missing
except AttributeError:
    print("AttributeError for missing attribute")
outer = SimpleNamespace(inner=SimpleNamespace(z=0))
outer.inner.z = 5
print(outer)
rec = SimpleNamespace(name="rec")
rec.self = rec
print(rec)


class Point(SimpleNamespace):
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(x=3, y=-4)
print(p, p.norm1(), isinstance(p, SimpleNamespace), p == SimpleNamespace(x=3, y=-4))
print(sorted(vars(SimpleNamespace(b=1, a=2))))

d = {"k": 1, "j": [2]}
mp = MappingProxyType(d)
print(mp, mp["k"], len(mp), "k" in mp, "z" in mp, list(mp), mp.get("z", "dflt"))
print(list(mp.keys()), list(mp.values()), list(mp.items()))
d["new"] = 3
print(mp["new"], mp == d, mp.copy() == d, mp.copy() is d)
try:
    mp["k"] = 5
except TypeError:
    print("TypeError: read-only")
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(mp | {"x": 0}, list(reversed(mp)), repr(MappingProxyType({"a": 1})))


def func():
    pass


class C:
    def meth(self):
        pass


def gen():
    yield 1


async def coro():
    return 1


co = coro()
checks = [
    ("FunctionType", func, types.FunctionType),
    ("LambdaType", lambda: 0, types.LambdaType),
    ("MethodType", C().meth, types.MethodType),
    ("BuiltinFunctionType", len, types.BuiltinFunctionType),
    ("BuiltinFunctionType abs", abs, types.BuiltinFunctionType),
    ("GeneratorType", gen(), types.GeneratorType),
    ("CoroutineType", co, types.CoroutineType),
    ("ModuleType", sys, types.ModuleType),
    ("ModuleType types", types, types.ModuleType),
    ("NoneType", None, types.NoneType),
]
for name, obj, typ in checks:
    print(name, typ.__name__, isinstance(obj, typ))
co.close()
print(types.LambdaType is types.FunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
print(isinstance(func, types.MethodType), isinstance(C.meth, types.FunctionType), isinstance(len, types.FunctionType),
      isinstance(gen, types.GeneratorType), isinstance(0, types.NoneType), isinstance(C, types.FunctionType))
print(callable(func) and type(func) is types.FunctionType, type(None) is types.NoneType)
