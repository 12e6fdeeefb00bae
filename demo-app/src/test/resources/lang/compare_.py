# The rich-comparison protocol: identity by default, NotImplemented falls back to the reflected side, __ne__
# derived from __eq__, a subclass's reflected method first, __eq__ without __hash__ unhashable.
class K:
    def __init__(self, v): self.v = v
a, b = K(1), K(2)
print(a == b, a != b, a in [b], a == a, a != a, a in [a])
class E:
    def __eq__(self, o): return NotImplemented
print(E() == E(), E() != E())
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
print(N(1) == N(1), N(1) != N(1), N(1) != N(2))
class Ne:
    def __ne__(self, o): return "ne"
print(Ne() != Ne(), Ne() == Ne())
class R:
    def __eq__(self, o): return "R.eq"
print(1 == R(), R() == 1)
class H:
    def __eq__(self, o): return True
try:
    hash(H())
except TypeError as e:
    print("TypeError", e)
class HH(H):
    def __hash__(self): return 7
print(hash(HH()), {HH(): 1}[HH()])
class Base:
    def __eq__(self, o): return "base"
class Sub(Base):
    def __eq__(self, o): return "sub"
print(Base() == Sub(), Sub() == Base())
class L:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(sorted([L(3), L(1), L(2)])[0].v, L(1) < L(2), L(2) > L(1))
try:
    K(1) < K(2)
except TypeError as e:
    print("TypeError", e)
print([K(1)].count(a), [a, b].index(b), a in {a}, a in (b,))
