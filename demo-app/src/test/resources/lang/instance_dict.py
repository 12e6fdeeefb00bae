# An instance's attributes: insertion order, many names, computed names, __dict__ as a live view.
class Point:
    def __init__(self, x, y):
        self.y = y
        self.x = x


p = Point(1, 2)
print(vars(p))
p.z = 3
print(list(p.__dict__), p.__dict__)

class Wide:
    pass

w = Wide()
for i in range(20):
    setattr(w, "f" + str(19 - i), i)
print(list(vars(w))[:5], len(vars(w)), w.f0, getattr(w, "".join(["f", "1", "0"])))
del w.f5
print(hasattr(w, "f5"), len(w.__dict__), getattr(w, "f5", "gone"))
w.__dict__["late"] = 42
print(w.late, "late" in vars(w))
w.__dict__.update({"f0": -1, "extra": 7})
print(w.f0, w.extra)
w.__dict__.clear()
print(vars(w), hasattr(w, "f1"))

# instances that set different names from one class
class Node:
    def __init__(self, kind):
        if kind:
            self.left = 1
            self.right = 2
        else:
            self.right = 3
        self.kind = kind

print([vars(Node(k)) for k in (0, 1, 0, 1)])

# class attributes stay behind instance ones, and a property still wins on assignment
class WithProp:
    shared = "class"
    @property
    def value(self):
        return self._value * 2
    @value.setter
    def value(self, v):
        self._value = v

a = WithProp()
print(a.shared)
a.shared = "instance"
a.value = 5
print(a.shared, WithProp.shared, a.value, vars(a))
del a.shared
print(a.shared)
try:
    del a.missing
except AttributeError as e:
    print("AttributeError", e)
