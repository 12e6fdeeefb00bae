# enum: Enum with aliases, methods, tuple values and _missing_, the functional API, IntEnum, StrEnum, Flag, IntFlag, auto, unique
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.GREEN.describe(), Color.default(), type(Color.RED).__name__, isinstance(Color.RED, Color))
print(repr(Color), Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, {Color.RED: "r"}[Color.CRIMSON])
print(list(Color.__members__), [m.name for m in reversed(Color)], sorted(Color, key=lambda c: -c.value))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))

class Shape(IntEnum):
    CIRCLE = auto()
    SQUARE = auto()
print(Shape.SQUARE, repr(Shape.SQUARE), Shape.CIRCLE == 1, Shape.SQUARE + 1, [0, 10, 20][Shape.SQUARE], Shape.CIRCLE < Shape.SQUARE, f"{Shape.SQUARE:03d}", int(Shape.CIRCLE))

class Mood(StrEnum):
    HAPPY = auto()
    SAD = "sad!"
print(Mood.HAPPY, repr(Mood.HAPPY), Mood.HAPPY == "happy", Mood.SAD.upper(), Mood("sad!"), Mood.HAPPY + "?")

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(repr(rw), str(rw), repr(Perm(0)), list(Perm.R | Perm.X), len(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(~Perm.R), Perm(6), rw & Perm.W)

class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, repr(Bits.A | Bits.B), Bits.A == 1, Bits(3) is Bits.A | Bits.B)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Sizes = Enum("Sizes", [("S", 1), ("M", 5)])
print(Sizes.M, Sizes(1))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
except ValueError as e:
    print("ValueError:", e)

class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
print(Weekday("monday"), Weekday.TUESDAY.value)
import json

# IntEnum and StrEnum members are ints and strs
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
    BIG = 10
class Mood(StrEnum):
    HAPPY = auto()
    SAD = "blue"
print(repr(Shape.CIRCLE), str(Shape.CIRCLE), f"{Shape.SQUARE}", isinstance(Shape.CIRCLE, int), Shape.CIRCLE + 1, Shape.SQUARE * 3)
print(Shape(2), Shape(2) is Shape.SQUARE, Shape.CIRCLE == 1, Shape.CIRCLE < Shape.SQUARE, sorted([Shape.BIG, Shape.CIRCLE]), hash(Shape.BIG) == hash(10))
print(list(range(Shape.SQUARE)), [0, 1, 2][Shape.CIRCLE], Shape.BIG.name, Shape.BIG.value, len(Shape), Shape["BIG"])
print(repr(Mood.HAPPY), str(Mood.HAPPY), Mood.SAD + "!", isinstance(Mood.SAD, str), Mood("blue"), Mood.HAPPY.upper(), len(Mood.SAD))
print(json.dumps({"s": Shape.SQUARE, "m": Mood.SAD}), {Shape.CIRCLE: "c"}[1], int(Shape.BIG), f"{Shape.BIG:>4}|")
class Color(Enum):
    RED = 1
print(repr(Color.RED), isinstance(Color.RED, int))

# IntFlag members are ints; | & ^ ~ give IntFlag members
from enum import IntFlag, auto
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), str(rw), int(rw), rw == 6, isinstance(rw, int), Perm.R in rw, Perm.X in rw, repr(~Perm.R), rw + 1, repr(Perm(7)), repr(Perm(0)), len(rw), [m.name for m in rw])
print(repr(Perm.R & 4), repr(Perm.R | 8), f"{Perm.W:03d}", Perm.W < Perm.R, hash(Perm.R) == hash(4))
