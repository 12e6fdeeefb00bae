# A dict keeps the first of equal keys (1, 1.0, True) and the last value, as CPython's does.
import json
from collections import Counter, OrderedDict, defaultdict

d = {1.0: "a"}
d[1] = "b"
d[True] = "c"
print(d, list(d), list(d.items()), 1 in d, 1.0 in d)
print({True: 1, 1: 2}, {1: 1, 1.0: 2, True: 3}, {0.0: "z", False: "f", 0: "o"})
print(dict.fromkeys([1.0, 1, True, 2.0]), {k: k for k in [2.0, 2, 3, 3.0]})
print({**{1.0: "a"}, 1: "b"}, dict([(True, 1), (1, 2)]), dict({1.0: 1}, x=2))
e = {2.0: 1}
e.update({2: 5, 3.0: 6})
print(e, e.copy(), dict(e))
del e[2]
e[2] = 7
print(e, e.pop(3), e)
f = {1.0: "x", 2: "y"}
print(f.popitem(), f.popitem(), f)
g = {}
print(g.setdefault(4.0, []), g.setdefault(4, [1]), g)
print(json.dumps({True: 1, 2.0: 2, None: 3}), sorted({1.5: 0, 1: 0, True: 0}.keys()))
print(Counter([1, 1.0, True, 2]), defaultdict(int, {1.0: 3}))
h = defaultdict(list)
h[5.0].append(1)
h[5].append(2)
print(dict(h), OrderedDict([(1.0, "a"), (1, "b")]))
