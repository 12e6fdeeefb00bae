import math
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e20).as_integer_ratio(), (0.1).as_integer_ratio(), math.gcd(12, 18))
class F:
    def __init__(self, n): self.n = n
    def __add__(self, o): return F(self.n + (o.n if isinstance(o, F) else o))
    def __radd__(self, o): return F(o + self.n)
    def __repr__(self): return "F(%d)" % self.n
    def __hash__(self): return hash(self.n)
    def __floor__(self): return self.n
    def __round__(self, nd=None): return self.n
    def __bool__(self): return self.n != 0
    def __abs__(self): return F(abs(self.n))
    def __neg__(self): return F(-self.n)
    def __pow__(self, o): return F(self.n ** o)
    def __truediv__(self, o): return F(self.n // o)
    def __lt__(self, o): return self.n < o.n
print(F(1) + 2, 3 + F(1), math.floor(F(5)), round(F(2)), abs(F(-3)), -F(2), F(2) ** 3, F(9) / 3, sorted([F(3), F(1)]))
print(divmod(7, 2), (-7) // 2, pow(3, -1, 7))
