# dataclasses in Python (bundled): fields from class annotations, kept as text (PEP 563).
from __future__ import annotations
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p.x, Point(5))
@dataclass(order=True)
class Card:
    rank: int
    suit: str = "spades"
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
print(sorted([Card(3), Card(1, "hearts"), Card(2)]), Card.count)
c = Card(4)
c.tags.append("x"); print(c, Card(4).tags, [f.name for f in fields(Card)])
@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "z"
fr = Frozen(1)
try:
    fr.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(hash(fr) == hash(Frozen(1)), {fr: 1}[Frozen(1)], replace(fr, b="q"))
@dataclass
class Inventory:
    name: str
    items: List[Point] = field(default_factory=list)
    def __post_init__(self):
        self.total = len(self.items)
inv = Inventory("box", [Point(1), Point(2, 3)])
print(inv, inv.total, asdict(inv), astuple(inv), is_dataclass(inv), is_dataclass(3))
@dataclass
class Point3(Point):
    z: int = 9
print(Point3(1, 2, 3), Point3(7))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    hash(Point(1))
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print("ValueError", e)
