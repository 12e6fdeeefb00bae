# abc in Python (bundled): ABC, ABCMeta, abstractmethod and friends, register() and virtual subclasses.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return "%s with area %s" % (self.name(), self.area())


class HalfDone(Shape):
    def area(self):
        return 0


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def name(self):
        return "square"


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
    print(cls.__name__, sorted(cls.__abstractmethods__))
sq = Square(3)
print(sq.describe(), sorted(Square.__abstractmethods__), isinstance(sq, Shape), issubclass(Square, Shape))
print(type(Shape) is ABCMeta, isinstance(Shape, type), issubclass(ABCMeta, type), Shape.__mro__[-2:] == (ABC, object))


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self, x):
        return x * 2


class Impl(Base):
    def run(self, x):
        return super().run(x) + 1


print(Impl().run(5), Base.run(None, 4))


class Plain:
    pass


class Other:
    pass


print(issubclass(Plain, Base), isinstance(Plain(), Base))
print(Base.register(Plain) is Plain)
print(issubclass(Plain, Base), isinstance(Plain(), Base), issubclass(Other, Base), isinstance(Other(), Base))


class SubBase(Base):
    pass


@SubBase.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, SubBase), issubclass(Decorated, Base), isinstance(Decorated(), Base))
print(issubclass(Plain, SubBase), issubclass(Impl, Base), issubclass(Base, Impl))
Base.register(int)
print(isinstance(3, Base), isinstance("s", Base), issubclass(bool, Base))
try:
    Base.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain.register
except AttributeError:
    print("register is on ABCs only")
print(SubBase.register(Impl) is Impl)


class Sized(ABC):
    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class HasLen:
    def __len__(self):
        return 1


class NoLen:
    pass


print(issubclass(HasLen, Sized), isinstance(HasLen(), Sized), issubclass(NoLen, Sized), isinstance([], Sized))


class Factory(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

    @abc.abstractproperty
    def size(self):
        return 0


print(sorted(Factory.__abstractmethods__))


class Concrete(Factory):
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper():
        return "help"

    @property
    def size(self):
        return 42


c = Concrete()
print(Concrete.make(), c.helper(), c.size, sorted(Concrete.__abstractmethods__))


class Old(ABC):
    @abc.abstractclassmethod
    def a(cls):
        ...

    @abc.abstractstaticmethod
    def b():
        ...


print(sorted(Old.__abstractmethods__))
try:
    Old()
except TypeError as e:
    print("TypeError:", e)


def f():
    pass


print(abstractmethod(f) is f, f.__isabstractmethod__)
print(ABC.__abstractmethods__ == frozenset(), isinstance(abc.get_cache_token(), int))


class Later(ABC):
    pass


Later.go = abstractmethod(lambda self: None)
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
try:
    Later()
except TypeError as e:
    print("TypeError:", e)
