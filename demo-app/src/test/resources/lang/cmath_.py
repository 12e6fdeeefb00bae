# cmath: phase, polar, rect, sqrt, exp, log, log10, isclose for finite arguments
import cmath, math
zs = [1+2j, -3+0.5j, 2j, -4, 0.25-0.75j, 1e-310+1e-310j, 1e300+1e300j, 0.9+0.3j]
for z in zs:
    print(z, cmath.phase(z), cmath.polar(z), cmath.sqrt(z), cmath.exp(z) if abs(z) < 100 else "-", cmath.log(z), cmath.log10(z))
print(cmath.rect(2, math.pi / 4), cmath.rect(1, 0), cmath.log(8, 2), cmath.log(1j, 1+1j))
print(cmath.isfinite(1+2j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j))
print(cmath.pi == math.pi, cmath.infj, cmath.sqrt(-1), cmath.sqrt(4), abs(cmath.exp(1j * math.pi) + 1) < 1e-15)
try:
    cmath.log(0)
except ValueError as e:
    print(e)
