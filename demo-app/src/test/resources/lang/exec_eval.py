# exec() and eval(): in the caller's namespace (a function's locals read as a snapshot), or in a dict
x = 10
print(eval("x * 2 + 1"), eval(" [i * i for i in range(4)] "))

def f(a, b=3):
    c = a + b
    def inner():
        return c
    return eval("a * 100 + b * 10 + c"), eval("inner() + x")

print(f(1))

exec("y = x + 5\ndef g(n):\n    return n * y\n")
print(y, g(2))

ns = {"base": 7}
exec("total = base * 6\nnames = sorted(k for k in ['base', 'total'])", ns)
print(ns["total"], ns["names"], sorted(k for k in ns if not k.startswith("__")))
print(eval("base + total", ns), eval("len(s)", {"s": "hello"}))

code = """
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
made = Point(1, 2)
"""
scope = {}
exec(code, scope)
print(scope["made"], type(scope["Point"]).__name__)

for bad in ["1 +", "x = 1", "import"]:
    try:
        eval(bad)
    except SyntaxError:
        print("SyntaxError:", repr(bad))
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
print(exec("1 + 1"))
