"""Fraction, rational numbers, after CPython 3.11's Lib/fractions.py (gilscope's interpreter bundles it in Python).

Not here: Decimal input, the numbers ABCs, and CPython's hash values (a Fraction hashes as the int or
float it equals, so equal numbers still share dict keys).
"""
import math
import operator

__all__ = ['Fraction']


def _parse(text):
    """(numerator, denominator) of '3/4', '-1.25', '1e-3' or ' 7 ', or raise ValueError as CPython does."""
    s = text.strip().replace('_', '')
    bad = ValueError('Invalid literal for Fraction: %r' % text)
    if not s:
        raise bad
    sign = 1
    if s[0] in '+-':
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not num.isdigit() or not den.strip().isdigit():
            raise bad
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for e in 'eE':
        if e in s:
            mantissa, _, exponent = s.partition(e)
            if not exponent.lstrip('+-').isdigit():
                raise bad
            exp = int(exponent)
    whole, _, decimals = mantissa.partition('.')
    if not (whole + decimals).isdigit():
        raise bad
    num = int(whole + decimals) if whole + decimals else 0
    den = 10 ** len(decimals)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75), Fraction(other)."""

    def __init__(self, numerator=0, denominator=None):
        if denominator is None:
            if isinstance(numerator, int):
                n, d = numerator, 1
            elif isinstance(numerator, Fraction):
                n, d = numerator._numerator, numerator._denominator
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                n, d = _parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            a, b = Fraction(numerator), Fraction(denominator)
            n, d = a._numerator * b._denominator, a._denominator * b._numerator
        else:
            raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with a denominator at most max_denominator (CPython's algorithm)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: with an int or a Fraction exact, with a float as a float (CPython's _operator_fallbacks).

    def _operands(self, other):
        if isinstance(other, (int, Fraction)):
            return Fraction(other)
        return None

    def _forward(a, b, exact, op):
        f = a._operands(b)
        if f is not None:
            return exact(a, f)
        if isinstance(b, float):
            return op(float(a), b)
        return NotImplemented

    def _reflected(b, a, op):
        f = b._operands(a)
        if f is not None:
            return op(f, b)
        if isinstance(a, float):
            return op(a, float(b))
        return NotImplemented

    def __add__(a, b):
        return a._forward(b, lambda x, y: Fraction(x._numerator * y._denominator + y._numerator * x._denominator,
                                                   x._denominator * y._denominator), operator.add)

    def __radd__(b, a):
        return b._reflected(a, operator.add)

    def __sub__(a, b):
        return a._forward(b, lambda x, y: Fraction(x._numerator * y._denominator - y._numerator * x._denominator,
                                                   x._denominator * y._denominator), operator.sub)

    def __rsub__(b, a):
        return b._reflected(a, operator.sub)

    def __mul__(a, b):
        return a._forward(b, lambda x, y: Fraction(x._numerator * y._numerator, x._denominator * y._denominator), operator.mul)

    def __rmul__(b, a):
        return b._reflected(a, operator.mul)

    def __truediv__(a, b):
        return a._forward(b, lambda x, y: Fraction(x._numerator * y._denominator, x._denominator * y._numerator), operator.truediv)

    def __rtruediv__(b, a):
        return b._reflected(a, operator.truediv)

    def __floordiv__(a, b):
        return a._forward(b, lambda x, y: (x._numerator * y._denominator) // (x._denominator * y._numerator), operator.floordiv)

    def __rfloordiv__(b, a):
        return b._reflected(a, operator.floordiv)

    def __mod__(a, b):
        return a._forward(b, lambda x, y: x - y * (x // y), operator.mod)

    def __rmod__(b, a):
        return b._reflected(a, operator.mod)

    def __divmod__(a, b):
        return (a // b, a % b)

    def __pow__(a, b):
        if isinstance(b, int):
            if b >= 0:
                return Fraction(a._numerator ** b, a._denominator ** b)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -b))
            return Fraction(a._denominator ** -b, a._numerator ** -b)
        if isinstance(b, Fraction) and b._denominator == 1:
            return a ** b._numerator
        return float(a) ** float(b)

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __int__(a):
        return a.__trunc__()

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1   # half to even
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        f = float(self)
        if Fraction.from_float(f) == self:
            return hash(f)
        return hash((self._numerator, self._denominator))

    # Comparisons: exact with ints and Fractions, through float with floats.

    def __eq__(a, b):
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, float):
            if b != b or b in (float('inf'), float('-inf')):
                return False
            return a == Fraction.from_float(b)
        return NotImplemented

    def _compare(a, b, op):
        if isinstance(b, (int, Fraction)):
            f = Fraction(b)
            return op(a._numerator * f._denominator, f._numerator * a._denominator)
        if isinstance(b, float):
            if b != b:
                return False
            if b in (float('inf'), float('-inf')):
                return op(0.0, b)
            return op(a, Fraction.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
