# metaclasses: __new__ through super().__new__, __init__ with the namespace in order, class-level __iter__/__len__/__getitem__/__contains__/__repr__/__call__ and properties, inheritance, __init_subclass__, type(name, bases, ns)
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns):
        cls.keys = [k for k in ns if not k.startswith("__")]
    def __iter__(cls):
        return iter(cls.keys)
    def __len__(cls):
        return len(cls.keys)
    def __getitem__(cls, k):
        return getattr(cls, k)
    def __contains__(cls, k):
        return k in cls.keys
    def __repr__(cls):
        return f"<registered {cls.__name__}>"
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)
    @property
    def size(cls):
        return len(cls.keys)

class Base(metaclass=Registry):
    a = 1
    def __init__(self, x=0):
        self.x = x

class Child(Base):
    b = 2
    c = 3

print(Registry.classes, Base.tag, Child.tag, list(Base), list(Child), len(Child), Child["b"], "c" in Child, "z" in Child)
print(repr(Child), type(Child).__name__, isinstance(Child, Registry), Child.size, type(Child) is Registry)
o = Child(5)
print(o.x, type(o).__name__, isinstance(o, Base))

class Plugin:
    plugins = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins.append(cls.__name__)

class A(Plugin): pass
class B(A): pass
print(Plugin.plugins)
Dyn = type("Dyn", (Base,), {"q": 9, "__module__": "__main__"})
print(Dyn.q, Dyn.tag, list(Dyn), Registry.classes)

# a metaclass's __instancecheck__ and __subclasscheck__ answer isinstance and issubclass (abc.ABCMeta's register)
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack") or super().__instancecheck__(obj)
    def __subclasscheck__(cls, sub):
        return sub.__name__.startswith("Duck") or super().__subclasscheck__(sub)
class Duckish(metaclass=Meta):
    pass
class Q:
    quack = 1
class DuckLike: pass
class Sub(Duckish): pass
print(isinstance(Q(), Duckish), isinstance(3, Duckish), issubclass(DuckLike, Duckish), issubclass(int, Duckish), isinstance(Sub(), Duckish), issubclass(Sub, Duckish), isinstance(Duckish(), Duckish))
print(isinstance(True, int), isinstance(3, (str, int)), issubclass(bool, int))

# __init_subclass__ is implicitly a classmethod: it can be called on the class
class A:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
        super().__init_subclass__(**kw)
class B(A): pass
A.__init_subclass__()
B.__init_subclass__()
