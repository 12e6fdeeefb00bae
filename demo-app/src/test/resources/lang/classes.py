class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
    def __str__(self):
        return f"{self.name} the {self.breed}"
d = Dog("Rex", "lab")
print(d.speak(), d, str(d), repr(Animal("Cat")), d.kind, Dog.kind)
print(isinstance(d, Animal), isinstance(d, Dog), isinstance(Animal("x"), Dog), issubclass(Dog, Animal))
print(type(d).__name__, type(d) is Dog, hasattr(d, "breed"), getattr(d, "nope", "default"))
d.age = 3
setattr(d, "color", "black")
print(d.age, d.color)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @staticmethod
    def describe():
        return "counts instances"
    @classmethod
    def how_many(cls):
        return cls.count
    @property
    def double(self):
        return Counter.count * 2
Counter(); Counter()
print(Counter.count, Counter.describe(), Counter.how_many(), Counter().double)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), len(v), v[0], list(v), sorted([Vec(2, 1), Vec(1, 5)]))
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __bool__(self):
        return bool(self.items)
s = Stack().push(1).push(2)
print(list(s), 2 in s, bool(Stack()), bool(s))
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
head = Node(1, Node(2, Node(3)))
vals = []
while head:
    vals.append(head.val)
    head = head.nxt
print(vals)
class Base:
    def template(self):
        return "base:" + self.hook()
    def hook(self):
        return "base hook"
class Derived(Base):
    def hook(self):
        return "derived hook"
print(Derived().template(), Base().template())
