import numbers
from fractions import Fraction

names = ['Number', 'Complex', 'Real', 'Rational', 'Integral']
values = [('int', 1), ('bool', True), ('float', 1.5), ('complex', 2j), ('Fraction', Fraction(1, 3)),
          ('str', 'x'), ('None', None), ('list', [1])]
for label, v in values:
    print(label.ljust(8), ' '.join(n for n in names if isinstance(v, getattr(numbers, n))))
for t in (int, bool, float, complex, Fraction, str):
    print(t.__name__, [issubclass(t, getattr(numbers, n)) for n in names])
print(issubclass(numbers.Integral, numbers.Rational), issubclass(numbers.Real, numbers.Complex),
      issubclass(numbers.Complex, numbers.Integral))
print(numbers.Number.__hash__ is None)

# a user-defined Integral
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = int(v)
    def __int__(self): return self.v
    def __repr__(self): return 'MyInt(%d)' % self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __ceil__(self): return self.v
    def __eq__(self, o): return self.v == int(o)
    def __floor__(self): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __invert__(self): return MyInt(~self.v)
    def __le__(self, o): return self.v <= int(o)
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __lt__(self, o): return self.v < int(o)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __neg__(self): return MyInt(-self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __pos__(self): return self
    def __pow__(self, o, m=None): return MyInt(pow(self.v, int(o), m))
    def __rpow__(self, o): return MyInt(int(o) ** self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __round__(self, n=None): return self.v
    def __rtruediv__(self, o): return int(o) / self.v
    def __truediv__(self, o): return self.v / int(o)
    def __trunc__(self): return self.v
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    __hash__ = None

m = MyInt(7)
print(isinstance(m, numbers.Integral), isinstance(m, numbers.Number), m + 1, 3 * m)
print(m.numerator, m.denominator, m.real, m.imag, m.conjugate())
print(float(m), complex(m), m.__index__(), divmod(m, 2))
print(m - 2, 10 - m)

class Incomplete(numbers.Real):
    def __float__(self): return 0.0
try:
    Incomplete()
except TypeError as e:
    print('TypeError:', str(e).split(' with ')[0])

# register a class
class Meters:
    pass
numbers.Real.register(Meters)
print(isinstance(Meters(), numbers.Real), isinstance(Meters(), numbers.Complex),
      isinstance(Meters(), numbers.Rational))

def describe(x):
    if isinstance(x, numbers.Integral):
        return 'integral'
    if isinstance(x, numbers.Rational):
        return 'rational'
    if isinstance(x, numbers.Real):
        return 'real'
    if isinstance(x, numbers.Complex):
        return 'complex'
    return 'not a number'
print([describe(x) for x in (3, 2.5, Fraction(2, 3), 1 + 1j, 'a', False)])
print(sorted(numbers.__all__))
print(numbers.Integral.__mro__ == (numbers.Integral, numbers.Rational, numbers.Real, numbers.Complex, numbers.Number, object))
