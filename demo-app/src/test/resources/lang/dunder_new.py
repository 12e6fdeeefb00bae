# __new__ written in Python: type.__call__ calls it, then __init__ when it made an instance of the class
class F:
    def __new__(cls, *args):
        print('F.__new__', args)
        return object.__new__(cls)
    def __init__(self, *args):
        print('F.__init__', args)
F(1)
class H:
    def __new__(cls):
        return 42
print(H())
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Base:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x * 2
        return obj
class Child(Base):
    def __init__(self, x):
        self.y = x
c = Child(5)
print(c.x, c.y, type(c).__name__)
class Other:
    def __new__(cls, *a):
        return Base.__new__(Base, 1)
o = Other(3)
print(type(o).__name__, o.x)
