# __slots__ limits the names instances may set (the class's and its bases'), unless a base or __dict__ lifts it.
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
class T(S):
    __slots__ = ("c",)
class U(S):
    pass
class W:
    __slots__ = ("x", "__dict__")
def attempt(obj, name):
    for _ in range(3):   # the store instruction's cache must not let a refused name through
        try:
            setattr(obj, name, 5)
            print(type(obj).__name__, name, "ok")
        except AttributeError as e:
            print("AttributeError", e)
s = S()
attempt(s, "b")
attempt(s, "z")
t = T()
attempt(t, "c"); attempt(t, "a"); attempt(t, "d")
attempt(U(), "anything")
attempt(W(), "y")
def store(o):
    o.b = 2
    o.q = 3
try:
    store(S())
except AttributeError as e:
    print("AttributeError", e)
print(s.a, S.__slots__, hasattr(s, "b"))
try:
    object.__setattr__(S(), "nope", 1)
except AttributeError as e:
    print("AttributeError", e)
