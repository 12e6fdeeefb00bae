# The match statement (PEP 634): every kind of pattern, guards, and match as an ordinary name.
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case "hello" | b"bytes":
            return "greeting " + repr(v)
        case Color.RED:
            return "red"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [first, *middle, last] if first == last:
            return f"same ends {first} around {middle}"
        case (a, b, *rest):
            return f"starts {a} {b}, then {rest}"
        case {"kind": "circle", "r": r, **others}:
            return f"circle dict r={r} others={others}"
        case {"kind": kind}:
            return f"dict of kind {kind}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, 0) if x > 0:
            return f"on the positive x axis at {x}"
        case Point(x=px, y=py) as p:
            return f"point {px},{py} ({type(p).__name__})"
        case Circle(Point(cx, cy), r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(_, radius=r):
            return f"circle r={r}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s!r}"
        case _:
            return f"something else: {type(v).__name__}"


values = [None, True, 1, 0, 0.0, -1, 1 + 2j, "hello", b"bytes", Color.RED, Color.GREEN, [], (), [5], ["a"],
          [1, 2, 3, 1], (1, 2), [1, 2, 3, 4], range(2, 6), {"kind": "circle", "r": 2, "fill": "red"}, {"kind": "square", "side": 1},
          Point(0, 0), Point(3, 0), Point(-3, 0), Point(1, 2), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1),
          500, 7, 2.5, "text", {1, 2}, "x"]
for v in values:
    print(type(v).__name__ if isinstance(v, Circle) else repr(v), "->", describe(v))


def first_negative(rows):
    for row in rows:
        match row:
            case [n, *_] if n < 0:
                found = n
                break
            case _:
                continue
    else:
        return None
    return found

print(first_negative([[1, 2], [3], [-4, 5], [-6]]), first_negative([[1]]))

# a guard that fails still leaves its bindings, as in CPython
match (1, 2):
    case (a, b) if a > b:
        print("unreachable")
    case _:
        print("after the failed guard", a, b)

# nested sequences, tuples of tuples, a subject tuple without brackets
match 1, (2, [3, 4]):
    case x, (y, [z, *zs]):
        print("nested", x, y, z, zs)

# no case matches: nothing happens
match 42:
    case 1:
        print("no")
print("after a match with no matching case")

# match, case and _ stay ordinary names
match = [1, 2]
case = {"k": match}
_ = 3
print(match, case, _)
def match_it(x):
    return x * 2
print(match_it(4))

# errors
class NoArgs:
    pass

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match Circle(1, 2):
        case Circle(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)
