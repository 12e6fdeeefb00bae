def repeat(n):
    def deco(fn):
        def wrapper(*a, **kw):
            return [fn(*a, **kw) for _ in range(n)]
        return wrapper
    return deco
@repeat(2)
def hi(name, punct="!"):
    return "hi " + name + punct
print(hi("x"), hi("y", punct="?"))
def register(cls):
    cls.registered = True
    return cls
@register
class Thing: pass
print(Thing.registered)
x = 5; y = 10
total = x + \
    y
if x: print("single-line if")
while 0: pass
print(total, x if x > 10 else y if y > 5 else 0, 3 not in [1, 2], x is not None)
print(f"{'nested'} {x + 1} {'a' + 'b'!r} {x:>{y}}|", f'{"dq"}')
data = {"k": [1, 2, {"deep": (3, 4)}]}
print(data["k"][2]["deep"][1], data.get("k")[0])
fns = [lambda v=i: v * 10 for i in range(3)]
print([f() for f in fns])
a = b = c = 0
a += 1
print(a, b, c, (lambda *args, **kwargs: (args, kwargs))(1, 2, z=3))
print(*[1, 2, 3], sep="|")
print(*(i for i in range(3)))
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix], list(zip(*matrix)))
s = 0
for i in range(10):
    if i % 2:
        continue
    s += i
else:
    s *= 2
print(s)
def gen_with_return():
    yield 1
    return 5
print(list(gen_with_return()))
print(isinstance([], list), isinstance({}, dict), type(()) is tuple, callable(print), callable(5))
print(int.__name__, len.__name__, hi.__name__)
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print("%-6s|%6.2f|%x" % ("ab", 3.14159, 255))
print(bool(None), None == False, [] == [], {} == {}, () == ())
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** 10 ** 2 % 1000)
print(max("abc", "abd"), min([], default="empty"), max(1, 2, key=lambda v: -v))
print(list(map(lambda x, y: x * y, [1, 2], [3, 4])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in []), sum([[1], [2]], []))
print("done")
