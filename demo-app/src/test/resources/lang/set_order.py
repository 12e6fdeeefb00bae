# Sets iterate in CPython's order (its table, indexed by hash), and hash() gives CPython's values
# for numbers, tuples and frozensets.
print({3, 1, 2}, {2} | {1}, {1.0}, {1, 1.0, True}, {True, 1}, {0.5, 1.5, 2.25})
print(set(range(20, 0, -3)), {-1, -2, -5, 7}, {(1, 2), (3, 4), (0, 0)}, set("") or set())
print(hash(-1), hash(-2), hash(0), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**62), hash(2**100), hash(-(2**100)))
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(1e-300), hash(5e-324), hash(float("inf")), hash(float("-inf")), hash(2.0))
print(hash(()), hash((1, 2)), hash((1, (2, 3.5), "")[:2]), hash(True), hash(1 + 2j), hash(complex(0, -1)), hash(frozenset()), hash(frozenset({1, 2, 3})))
print(hash(frozenset({(1, 2), 3.5, -7})), {frozenset({1}), frozenset({2, 3}), frozenset()})

s = {5, 13, 21}
print(s, s & {13, 5}, {13, 5} & s, s - {5}, s ^ {1, 40}, {1, 40} ^ s, s | {29, 37})
big = set(range(0, 100, 7))
print(big - {14}, big & set(range(50)), big.union([3, 1]), big.intersection(range(0, 100, 2)))

# collisions: items whose hashes are equal modulo the table size probe onwards
c = set()
for n in (8, 16, 0, 24, 1, 9, 17, 2, 32, 40):
    c.add(n)
print(c, len(c))
c.discard(16)
c.discard(0)
print(c)
c.add(48)
c.add(0)
print(c, 48 in c, 16 in c, 0 in c)

# pop takes from where the last pop stopped
p = {10, 20, 30, 40, 50}
print([p.pop() for _ in range(3)], p)
p.add(15)
print(p.pop(), p)

# growth and removal of many items
g = set()
for i in range(1000):
    g.add(i * 37 % 1009)
for i in range(0, 1000, 3):
    g.discard(i * 37 % 1009)
print(len(g), list(g)[:20], list(g)[-5:])
print(sorted(g) == sorted(set(sorted(g))), g == set(list(g)))

# in-place operators and update methods keep the set and its order
u = {1, 2, 3, 100}
u |= {64, 5}
print(u)
u &= {100, 64, 3, 7}
print(u)
u -= {3}
print(u)
u ^= {8, 100, 16}
print(u)
v = {9, 1, 5}
v.update([17, 2], {33})
v.intersection_update({1, 2, 17, 33, 9})
v.difference_update([9])
v.symmetric_difference_update({2, 64})
print(v)

# a set of negative numbers, floats and tuples, and a dict's keys
print({-3, -11, 4, -19}, {2.5, -0.5, 1e10, 3.0}, {(i, -i) for i in range(6)})
print(set({"b": 1, 9: 2, 1: 3}.keys()) - {"b"}, set(frozenset({4, 12, 20})))

# equal items of different types: the first one added stays
print({1, 1.0}, {1.0, 1}, {0, False}, {False, 0}, {2, 2.0} | {2.0})

# an instance with its own __hash__ and __eq__
class P:
    def __init__(self, x): self.x = x
    def __hash__(self): return self.x
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
    def __repr__(self): return f"P({self.x})"

print({P(3), P(1), P(3), P(-1)}, hash(P(-1)), hash(P(2**64)))
class H:
    def __hash__(self): return "no"
try:
    hash(H())
except TypeError as e:
    print("TypeError:", e)

import random
random.seed(1.5); print(random.random())
random.seed(-2.25); print(random.random())
