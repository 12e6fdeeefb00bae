from fractions import Fraction as F
import math
a, b = F(3, 4), F('1/6')
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(F(-5, 10)), +a)
print(F(0.75), F('-1.25'), F('1e-3'), F(' 7 '), F(6, -4), F(F(1, 2), F(3, 4)), F.from_float(0.1), F(0.1).limit_denominator(100))
print(a + 1, 1 + a, a * 2, 2 * a, 1 - a, 3 / a, a ** 2, a ** -2, 2 ** F(3), a + 0.25, 0.5 * a, F(1, 3) == 1 / 3)
print(a == F(6, 8), a == 0.75, F(2) == 2, 2 == F(2), a < 1, a > b, 0.5 < a, a <= F(3, 4), max(a, b), sorted([a, b, F(0)]))
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(a), round(F(5, 2)), round(F(7, 2)), round(F(13, 8), 1), bool(F(0)))
print(a.numerator, a.denominator, a.as_integer_ratio(), hash(F(2)) == hash(2), hash(F(1, 2)) == hash(0.5), {F(1, 2): 'half'}[F(2, 4)])
print(sum([F(1, n) for n in range(1, 6)]), F(22, 7) - F(355, 113))
for bad in ['x', '1/', '', '3/-4']:
    try:
        F(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
from fractions import Fraction as F
print(1.5 - F(1, 2), 3.0 / F(3, 2), 7.5 // F(2), 7.5 % F(2), 5 // F(3, 2), 5 % F(3, 2), F(7, 2) // 1.5)
