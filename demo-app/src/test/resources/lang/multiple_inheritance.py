# Multiple inheritance: C3 method resolution order, super() chains, mixins, metaclasses, errors.
class A:
    def who(self):
        return ["A"]
    def hello(self):
        return "A.hello"

class B(A):
    def who(self):
        return ["B"] + super().who()

class C(A):
    def who(self):
        return ["C"] + super().who()
    def hello(self):
        return "C.hello"

class D(B, C):
    def who(self):
        return ["D"] + super().who()

print([k.__name__ for k in D.__mro__])
print(D().who(), D().hello())
print(D.__bases__ == (B, C), D.__base__ is B)
print(isinstance(D(), C), issubclass(D, A), issubclass(C, B))

# cooperative __init__ with keyword arguments
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]

class Named(Base):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")

class Sized(Base):
    def __init__(self, size, **kw):
        super().__init__(**kw)
        self.size = size
        self.log.append("Sized")

class Thing(Named, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Thing")

t = Thing(name="box", size=3)
print(t.name, t.size, t.log)

# mixins
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"

class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None

class Point(ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Point(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))

# a builtin type with a mixin
class Loud:
    def shout(self):
        return str(self).upper() + "!"

class LoudStr(Loud, str):
    pass

class Counter(dict, Loud):
    def bump(self, k):
        self[k] = self.get(k, 0) + 1

s = LoudStr("hey")
print(s.shout(), len(s), s + "!", isinstance(s, str))
c = Counter()
c.bump("a"); c.bump("a"); c.bump("b")
print(sorted(c.items()), c.shout(), isinstance(c, dict))

# exceptions with two bases
class AppError(Exception):
    pass

class NotFound(AppError, KeyError):
    pass

try:
    raise NotFound("missing")
except KeyError as e:
    print("caught as KeyError:", type(e).__name__, isinstance(e, AppError))

# classmethods and super() through the order
class Registry:
    @classmethod
    def create(cls):
        return ["Registry", cls.__name__]

class Left(Registry):
    @classmethod
    def create(cls):
        return ["Left"] + super().create()

class Right(Registry):
    @classmethod
    def create(cls):
        return ["Right"] + super().create()

class Both(Left, Right):
    pass

print(Both.create())

# metaclasses: the most derived one wins
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

class WithMeta(metaclass=Meta):
    pass

class Plain:
    pass

class Mixed(Plain, WithMeta):
    pass

print(Mixed.made_by, type(Mixed).__name__)

# __init_subclass__ along the order
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)

class Extra:
    pass

class P1(Extra, Plugin):
    pass

class P2(P1):
    pass

print(Plugin.registry)

# errors
for make in (lambda: type("Bad", (A, A), {}),
             lambda: type("Bad", (A, B), {}),
             lambda: type("Bad", (list, dict), {})):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

class M1(type):
    pass

class M2(type):
    pass

class X1(metaclass=M1):
    pass

class X2(metaclass=M2):
    pass

try:
    class X3(X1, X2):
        pass
except TypeError as e:
    print("TypeError:", e)
