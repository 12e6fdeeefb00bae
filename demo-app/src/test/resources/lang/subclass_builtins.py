# subclassing builtins: list, str, float with __new__, int, dict with __init__ and super(), tuple with __new__, set, an exception; in-place set operators change the set
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s[0], s[1:], isinstance(s, list), type(s).__name__, 3 in s, list(s), sum(s), sorted(s, reverse=True))
s += [4]
s.extend([5])
print(s, type(s).__name__, s + [9], [0] + s, s == [1, 2, 3, 4, 5], bool(Stack()), s.pop(), s)
s[0] = 10
del s[1]
print(s, repr(s), str(s), s.index(3), s.count(10), max(s), [x * 2 for x in s])

class Upper(str):
    def shout(self):
        return self.upper() + "!"

u = Upper("hi")
print(u, u.shout(), len(u), u + " there", u == "hi", isinstance(u, str), u.startswith("h"), f"<{u:>5}>", {u: 1}["hi"], "h" in u, u[0], repr(u))

class Celsius(float):
    def __new__(cls, degrees):
        return super().__new__(cls, degrees)
    def fahrenheit(self):
        return self * 9 / 5 + 32

c = Celsius(100)
print(c, c.fahrenheit(), c + 1, c > 50, round(c), int(c), f"{c:.1f}", type(c).__name__, isinstance(c, float))

class Money(int):
    def __str__(self):
        return f"${int(self)}"

m = Money(5)
print(m, m + 3, m * 2, str(m), repr(m), range(m)[-1], [0] * 3 + [m], m == 5, hash(m) == hash(5), sorted([Money(3), Money(1)]))

class Registry(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.hits = 0
    def __missing__(self, key):
        return "?"
    def lookup(self, k):
        self.hits += 1
        return self.get(k, "none")

r = Registry(a=1)
r["b"] = 2
print(r, len(r), r.lookup("a"), r.lookup("z"), r.hits, sorted(r.items()), list(r), "a" in r, r == {"a": 1, "b": 2}, isinstance(r, dict))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]

p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), type(p).__name__, tuple(p), hash(p) == hash((3, 4)))

class Tags(set):
    pass

t = Tags([1, 2])
t.add(3)
t |= {4}
print(sorted(t), len(t), 2 in t, type(t).__name__)

class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

try:
    raise MyError(7)
except ValueError as e:
    print(e, e.code, type(e).__name__)
s = {1}
t = s
s |= {2}
s -= {1}
print(t, s is t)
