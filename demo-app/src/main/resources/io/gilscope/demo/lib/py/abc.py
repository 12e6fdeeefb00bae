"""abc: ABCMeta, ABC, abstractmethod, abstractclassmethod, abstractstaticmethod, abstractproperty and
get_cache_token, after CPython 3.11's Lib/_py_abc.py and Lib/abc.py. A class with abstract methods cannot
be instantiated ("Can't instantiate abstract class X with abstract method(s) ..."), and register() makes
virtual subclasses that isinstance() and issubclass() accept.

ABCMeta answers isinstance() and issubclass() through __instancecheck__ and __subclasscheck__, as
_py_abc does: the class's __subclasshook__, then its own order, the registry and the subclasses.
Differences from CPython: there is no negative/positive cache, and isinstance() looks only at
type(obj), not obj.__class__."""


def abstractmethod(funcobj):
    """Marks a method abstract: a class of ABCMeta that has it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


class abstractproperty:
    """A read-only (or, with .setter, writable) property that is abstract."""

    __isabstractmethod__ = True

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(obj)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


_abc_invalidation_counter = 0


def get_cache_token():
    return _abc_invalidation_counter


def _is_abstract(cls, name, value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, (classmethod, staticmethod)):
        # the function inside is reached through the class: a bound method's __func__, or the function
        bound = getattr(cls, name, None)
        return bool(getattr(getattr(bound, "__func__", bound), "__isabstractmethod__", False))
    return False


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for attr, value in namespace.items():
            if _is_abstract(cls, attr, value):
                abstracts.add(attr)
        for base in bases:
            for attr in getattr(base, "__abstractmethods__", set()):
                value = getattr(cls, attr, None)
                if _is_abstract(cls, attr, value):
                    abstracts.add(attr)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in subclass.__mro__:
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                return True
        return False

    def register(cls, subclass):
        """Registers a virtual subclass of an ABC; returns it, so register can be a class decorator."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)

    def _abc_registry_clear(cls):
        del cls._abc_registry[:]

    def _abc_caches_clear(cls):
        pass


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added to or removed from the class."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(cls, name, value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(cls, name, value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that has ABCMeta as its metaclass: class X(ABC) makes an abstract base class."""
    __slots__ = ()
