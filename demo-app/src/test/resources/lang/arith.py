print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 0.5)
print(10 / 4, 10 / 5, 1 / 3)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63), 9223372036854775807 + 1)
print(12345678901234567890 * 98765432109876543210)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7)
print(0.1, 0.2 + 0.1, 1e16, 1e15, 1.5e-5, 0.0001, 123456789.123, 1/3, -0.0, 2.0, 1e100)
print(True + True, True * 3, False - 1, True / 2, isinstance(True, int))
print(abs(-5), abs(-2.5), abs(True), divmod(17, 5), divmod(-17, 5), pow(3, 4, 5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(7), round(1234, -2))
print(int("42"), int(" -7 "), int("1_000"), int(3.9), int(-3.9), int("ff", 16), float("1.5"), float(3))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 1 is 1, None is None, 2 != 3)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -16 >> 2)
print(min(3, 1, 2), max([4, 9, 2]), min("b", "a"), max((1, 2), (1, 3)), sum([1.5, 2.5]), sum(range(101)))
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
n = 9223372036854775800
n += 100
print(n)
m = -9223372036854775800
m -= 100
print(m)
print(hex(255), bin(10), oct(8), chr(65), ord("a"))
print(1_000_000, 0x_ff, 0b1010, 0o17)
