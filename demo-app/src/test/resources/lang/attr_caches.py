# Attribute instructions remember what they found (inline caches); each change below must be seen.
class Base:
    kind = "base"
    def greet(self):
        return "base greet"

class Child(Base):
    def __init__(self):
        self.v = 1

def call_greet(o):
    return o.greet()

def read_kind(o):
    return o.kind

def set_v(o, v):
    o.v = v

c = Child()
print([call_greet(c) for _ in range(3)], [read_kind(c) for _ in range(3)])

Base.greet = lambda self: "patched on the base"       # a base's namespace changes
print(call_greet(c))
Child.greet = lambda self: "patched on the child"
print(call_greet(c))
c.greet = lambda: "the instance's own"                 # an instance attribute shadows the method
print(call_greet(c), call_greet(Child()))
del c.greet
print(call_greet(c))

Base.kind = "changed"
print(read_kind(c))
c.kind = "own"
print(read_kind(c), read_kind(Child()))
del c.kind
print(read_kind(c))

# stores: a property or __setattr__ that appears later takes over
for i in range(3):
    set_v(c, i)
print(c.v)
Child.v = property(lambda self: "from property", lambda self, v: print("setter got", v))
set_v(c, 10)
print(c.v)
del Child.v
def logging_setattr(self, name, value):
    print("__setattr__", name, value)
    object.__setattr__(self, name, value)
Child.__setattr__ = logging_setattr
set_v(c, 11)
print(c.v)

# one site, many classes (more than it remembers)
classes = []
for n in range(7):
    classes.append(type("K%d" % n, (), {"name": (lambda n: lambda self: "K%d" % n)(n), "tag": n}))
objs = [k() for k in classes] * 2
print([o.name() for o in objs])
print(sum(o.tag for o in objs))

# instances of one class with different attribute orders
class Loose:
    def get(self):
        return (self.a, self.b)

def make(order):
    o = Loose()
    for name in order:
        setattr(o, name, name.upper())
    return o

print([make(order).get() for order in ("ab", "ba", "ab", "ba")])

# methods of builtin values, and a bound method kept for later
words = []
for w in "the quick brown fox".split():
    words.append(w.upper())
print(", ".join(words), {"a": 1}.get("a"), (1, 2, 2).count(2), {1, 2}.union({3}))
greet = Child().greet
print(greet())

# calling through an attribute that is not a method
class Holder:
    pass
h = Holder()
h.fn = len
h.cls = Holder
print(h.fn([1, 2, 3]), type(h.cls()).__name__)
import math
print(math.floor(2.5), "{}-{}".format(1, 2))

# attributes read on a class: static, class and plain methods, class values, and each going stale
class Strength:
    LEVEL = 1

    @staticmethod
    def stronger(a, b):
        return a > b

    @classmethod
    def named(cls, n):
        return cls.__name__ + ":" + str(n)

    def plain(self):
        return "plain"

class Weaker(Strength):
    pass

def use(cls):
    return (cls.stronger(2, 1), cls.named(cls.LEVEL), cls.plain(None), cls.LEVEL)

for step in range(6):
    if step == 2:
        Strength.LEVEL = 2                               # a class value replaced
    if step == 3:
        Strength.stronger = staticmethod(lambda a, b: a < b)   # a static method replaced
    if step == 4:
        Weaker.named = classmethod(lambda cls, n: "weaker " + str(n))   # a subclass shadows its base
    if step == 5:
        del Weaker.named
    print(step, use(Strength), use(Weaker))
bound = Weaker.named
print(bound(7), Strength.stronger(1, 2))
try:
    Strength.missing
except AttributeError as e:
    print("AttributeError:", e)
