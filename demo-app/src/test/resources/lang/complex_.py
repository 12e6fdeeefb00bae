# complex numbers: literals, arithmetic as CPython computes it (Smith's division, powers), repr, complex() from numbers and strings, dict keys
z = 1 + 2j
w = complex(3, -4)
print(z, w, 2j, -2j, 1j * 1j, complex(), complex(0, -0.0), complex(-0.0, 0))
print(z + w, z - w, z * w, z / w, w / 2, 2 / w, z ** 2, z ** -2, z ** 0.5, z ** w, (1+1j) ** 100)
print(abs(w), abs(3j), w.real, w.imag, w.conjugate(), (5).real, (5).imag, (2.5).conjugate(), True.real)
print(z == complex(1, 2), 1 + 0j == 1, 2.0 == 2 + 0j, z != w, bool(0j), bool(1e-300j))
print({1: "one"}[1 + 0j], len({1, 1.0, 1 + 0j}), type(z).__name__, isinstance(z, complex))
print(complex("1+2j"), complex("-1.5e3-2.25j"), complex(" (3-4j) "), complex("j"), complex("-j"), complex("4"), complex("inf+nanj"))
print(complex(1.5), complex(2, 3j), complex(1j, 1j), repr(1e20j), 1.5e-7j, (-8) ** 0.5, (-1) ** 0.5, (-2.0) ** 1.5)
print(repr(complex(float("inf"), float("nan"))), -(1+2j), +(1-2j), [1j, 2+0j], str(3+4j), f"{1+1j}")
for bad in ["1+", "j2", "1+2", "", "1+2jj", "(1+2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    (1+1j) // 2
except TypeError as e:
    print(e)
try:
    1j < 2j
except TypeError as e:
    print(e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(e)
print(sum([1j, 2, 3.5]), 3 * (1 - 1j), (1 + 1j) * 2.5, 10 - 1j)
x = 1j
x += 1
x *= 2
print(x, hash(1 + 0j) == hash(1))
