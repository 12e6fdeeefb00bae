import math
r = lambda x: round(x, 12)
print(r(math.acos(0.5)), r(math.asin(0.5)), r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(0.5)))
print(r(math.asinh(1)), r(math.acosh(2)), r(math.atanh(0.5)), math.degrees(math.pi), math.radians(180), r(math.cbrt(27)), math.exp2(10))
print(r(math.expm1(1e-5)), r(math.log1p(1e-5)), math.ulp(1.0), math.isfinite(1.0), math.isfinite(math.inf), math.copysign(3, -0.0))
print(math.nextafter(1.0, 2.0), math.remainder(10, 3), math.fmod(-7, 3), math.fmod(7.5, 2), math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(5e-324))
print(math.ldexp(0.5, 4), math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4], start=3), math.prod([]), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [3, 3, 2]))
print(math.comb(10, 3), math.comb(3, 5), math.perm(5, 2), math.perm(4), math.lcm(4, 6, 10), math.lcm(), math.lcm(3, 0), math.comb(100, 50))
for bad in [lambda: math.acos(2), lambda: math.log1p(-1), lambda: math.fmod(1, 0), lambda: math.comb(-1, 2), lambda: math.comb(1.5, 1), lambda: math.ldexp(1.0, 5000), lambda: math.atanh(1)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
