# exec and eval run in the dicts they are given (globals and locals), not in copies.
d = {}
exec('def f():\n    return y', d)
d['y'] = 1
print(d['f']())
n = 0
def bump():
    global n
    n += 1
exec("bump()", globals())
exec("bump()")
print(n)
g = {"a": 1}
l = {}
exec("b = a + 1\nc = b * 2", g, l)
print(sorted(l.items()), sorted(k for k in g if k != "__builtins__"))
print(eval("a + b", g, {"b": 10}))
ns = {}
exec("x = 5\ndel x\nz = 3", ns)
print(sorted(k for k in ns if k != "__builtins__"))
