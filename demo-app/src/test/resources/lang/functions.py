def f(a, b=2, *args, c=10, **kw):
    return (a, b, args, c, kw)
print(f(1))
print(f(1, 3, 4, 5, c=6, d=7))
print(f(b=5, a=0))
args = (1, 2, 3)
kw = {"c": 9, "z": 1}
print(f(*args, **kw))
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter()
c(); c(5)
print(c())
total = 0
def add(n):
    global total
    total += n
add(3); add(4)
print(total)
square = lambda x: x * x
print(square(7), (lambda: "no args")(), list(map(lambda p, q: p + q, [1, 2], [10, 20])))
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return
print(list(gen(4)), sum(gen(5)))
g = gen(2)
print(next(g), next(g), next(g, "end"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)
def deco(fn):
    def wrapper(*a):
        return "<" + str(fn(*a)) + ">"
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(30))
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in make_adders()])
def early(x):
    for i in range(10):
        if i == x:
            return i * 100
    else:
        return -1
print(early(3), early(20))
def kwonly(*, key):
    return key
print(kwonly(key="k"))
def doc():
    """A docstring."""
    pass
print(doc())
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def tree(n):
    if n > 0:
        yield from tree(n - 1)
        yield n
print(list(tree(4)))
