# The training run behind bin/gilpython's start-up cache: everyday Python (classes, closures,
# generators, comprehensions, containers, strings, exceptions, int and float arithmetic, common
# modules), run long enough for the JIT to profile and compile the interpreter. It is not one of
# bench/programs/, so the cache does not learn the benchmarks it is measured on.
import collections
import functools
import itertools
import json
import math
import random
import re
from dataclasses import dataclass


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name} of area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r * self.r


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @property
    def square(self):
        return self.w == self.h

    @staticmethod
    def unit():
        return Rect(1, 1)

    @classmethod
    def wide(cls, w):
        return cls(w, 1)


@dataclass
class Point:
    x: float
    y: float

    def dist(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)


def counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump


def primes(limit):
    sieve = [True] * limit
    for n in range(2, limit):
        if sieve[n]:
            yield n
            for m in range(n * n, limit, n):
                sieve[m] = False


def words(text):
    return [w.lower() for w in re.findall(r"[A-Za-z]+", text)]


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def parse(value):
    try:
        return int(value)
    except ValueError:
        try:
            return float(value)
        except ValueError:
            return None


def round_of_work(rng, text):
    shapes = [Circle(rng.random()) if rng.random() < 0.5 else Rect(rng.randint(1, 5), rng.randint(1, 5)) for _ in range(200)]
    total = sum(s.area() for s in shapes)
    squares = len([s for s in shapes if isinstance(s, Rect) and s.square])
    shapes.sort(key=lambda s: s.area())
    text_out = shapes[0].describe() + shapes[-1].describe() + Rect.unit().describe() + Rect.wide(3).describe()
    points = [Point(rng.uniform(-1, 1), rng.uniform(-1, 1)) for _ in range(100)]
    far = max(p.dist(Point(0, 0)) for p in points)
    bump = counter()
    for i in range(500):
        bump(i % 3)
    counts = collections.Counter(words(text))
    grouped = collections.defaultdict(list)
    for w, n in counts.items():
        grouped[n].append(w)
    queue = collections.deque(range(50))
    while len(queue) > 1:
        queue.append(queue.popleft() + queue.popleft())
    pairs = list(itertools.combinations(range(12), 2))
    chained = list(itertools.chain.from_iterable([p, p[::-1]] for p in pairs[:20]))
    table = {f"k{i}": {"n": i, "sq": i * i, "ok": i % 2 == 0} for i in range(60)}
    decoded = json.loads(json.dumps(table))
    parsed = [parse(v) for v in ("1", "2.5", "x", "-7", "3e2")]
    big = 1
    for i in range(1, 60):
        big = big * i + (big >> 3)
    floats = 0.0
    for i in range(1, 2000):
        floats += math.sin(i) * math.sqrt(i) / (1.0 + i % 7)
    text2 = "-".join(str(p) for p in primes(300)).replace("-1", "+").upper()
    matrix = [[(i * j) % 7 for j in range(20)] for i in range(20)]
    transposed = [list(row) for row in zip(*matrix)]
    unique = {x % 17 for x in range(400)} | frozenset({99})
    return (round(total, 6), squares, len(text_out), round(far, 6), bump(0), counts.most_common(3), len(grouped),
            queue[0], len(chained), len(decoded), parsed, big % 1000003, round(floats, 6), len(text2),
            transposed[3][5], len(unique), fib(60))


TEXT = """Python threads share one interpreter lock; the holder drops it after a switch interval, or when
it blocks on input or output. CPU-bound threads therefore take turns, while waiting threads overlap."""

rng = random.Random(7)
for _ in range(150):
    result = round_of_work(rng, TEXT * 4)
print(result)
