# functools.wraps, function attributes and docstrings, a live __dict__ and globals(), descriptors' functions
import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def greet(name):
    "Say hello."
    return "hi " + name
print(greet.__name__, greet.__doc__, greet("x"), greet.__wrapped__.__name__)
def g(): pass
g.__name__ = "renamed"
print(g.__name__)
class K:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.__dict__["z"] = 3
    @property
    def p(self): return 1
    @classmethod
    def c(cls): return cls
    @staticmethod
    def s(): return 2
k = K(a=1, b=2)
print(k.a, k.b, k.z, sorted(vars(k).items()))
print(K.__dict__["p"].fget.__name__, K.__dict__["c"].__func__.__name__, K.__dict__["s"].__func__(), K.__dict__["p"].fset)
import abc
class A(abc.ABC):
    @property
    @abc.abstractmethod
    def size(self): ...
try:
    A()
except TypeError as e:
    print(e)
x = 5
globals()["y"] = 6
print(y, globals()["x"], "x" in globals())

# __qualname__ of nested functions, methods and lambdas
import functools
def f():
    def g():
        return lambda: 1
    return g
class C:
    def m(self): pass
    class D:
        def n(self): pass
print(f.__qualname__, f().__qualname__, f()().__qualname__, C.m.__qualname__, C.D.n.__qualname__, [x.__qualname__ for x in [f]])
@functools.wraps(C.m)
def w(): pass
print(w.__qualname__, w.__name__)
