if __name__ == "__main__":
    print("main!")
values = [
    1,
    2,  # comment
]
total = (values[0]
         + values[1])
print(total, *values, sep=", ")
x = 3
def g():
    return x * 2
print(g())
a = b = [0]
a.append(1)
print(b, a is b)
print(type(1), type("s"), type([]), type(None).__name__, type(1.0) is float)
print(int, str(int), repr(len))
print([1, 2, 3][-1], "abc"[-2:], (1, 2, 3)[::-1])
s = "x"
s += "y"
print(s, s * 2)
d = {}
d["k"] = d.get("k", 0) + 1
print(d)
lst = [5, 3, 1]
lst[0] += 10
print(lst)
class P:
    def __init__(self):
        self.n = 0
p = P()
p.n += 5
print(p.n)
print(max(range(10), key=lambda v: (v % 3, v)))
print("%d items" % len(lst))
print(f"{'a' if x > 2 else 'b'}")
print({1, 2} == {2, 1}, (1, 2) == (1, 2), [1] != [2])
def kw(a, b):
    return a - b
print(kw(b=1, a=5))
try:
    kw(1)
except TypeError as e:
    print(e)
try:
    kw(1, 2, 3)
except TypeError as e:
    print(e)
try:
    kw(1, c=2)
except TypeError as e:
    print(e)
print(str(3.0), str(1e20), 1e-5, 100.0, 3.14e2, float("inf"), -float("inf"))
print(round(0.5), round(1.5), 10 // 3.0, 2 ** 100 / 2 ** 99)
print(isinstance(3, (str, int)), bool(""), bool("a"), bool([]), bool(0.0))
print(list(zip(*[(1, 'a'), (2, 'b')])))

# str.removeprefix/removesuffix, operator.index
print("abcd".removeprefix("ab"), "abcd".removeprefix("x"), "abcd".removesuffix("cd"), "abcd".removesuffix(""), "".removeprefix(""))
import operator
for v in [True, 5, "2024", 2024.0]:
    try: print(repr(operator.index(v)))
    except TypeError as e: print("TypeError", e)

# SystemExit.code, str.splitlines(keepends)
import sys
try: sys.exit(2)
except SystemExit as e: print(e.args, e.code)
try: sys.exit()
except SystemExit as e: print(e.args, e.code)
try: raise SystemExit(3)
except SystemExit as e: print(e.args, e.code)
try: raise SystemExit("bye", 1)
except SystemExit as e: print(e.args, e.code)
print("a\r\nb\n\nc".splitlines(keepends=True), "a\r\nb\n\nc\r".splitlines(), "x\x0by\x1cz\u2028w".splitlines(), "".splitlines(), "\n".splitlines(True))

# str.expandtabs, str.translate
print("a\tb\tc".expandtabs(4), "x\ty".expandtabs(), "abc".translate({97: "X", 98: None, 99: 100}), "abc".translate(str.maketrans("ab", "xy")) if hasattr(str, "maketrans") else "xyc")

# repr escapes what str.isprintable calls unprintable; bytes repr picks the quote CPython picks
print(repr("\x85 \u2028 \xa0 \u00e9 \U0001F600 \x7f \u200b"), repr(b"it's"), repr(b"a\"b"), repr(b"\x00\xff"), ascii("\u00e9") if False else "")
print("\xa0 x".isprintable() if hasattr(str, "isprintable") else "")

# printf-style width and precision from the arguments (*)
print("%*s|%-*s|%.*f|%*.*f|%5.2f|%-6d|" % (5, "a", 4, "b", 2, 3.14159, 8, 3, 2.5, 1.234, 42))
print("%*d|" % (-4, 7), "%s %s" % ("x", "y"))

# str.format_map
print("{a}-{b:>3}".format_map({"a": 1, "b": "x"}))
class P:
    def __init__(self): self.x = 5
print("{x}".format_map(vars(P())))

# an except clause's name is unbound after it; os.path.join as posixpath's; NotADirectoryError
try:
    raise ValueError("x")
except ValueError as e:
    print("in", e)
try:
    print(e)
except NameError as n:
    print("NameError")
def f():
    try:
        1/0
    except ZeroDivisionError as err:
        msg = str(err)
    return msg, "err" in dir()
print(f())
import os
print(os.path.join("a","b/"), os.path.join("a",""), os.path.join("a/","b//"), os.path.join("a//","b"), os.path.join("a", "/abs", "c"), os.path.join("", "x"), NotADirectoryError.__name__, issubclass(NotADirectoryError, OSError))
