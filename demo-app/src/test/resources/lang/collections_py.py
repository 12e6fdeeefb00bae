# collections in Python (bundled): deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap with CPython's reprs.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1])
print(d.popleft(), d.pop(), d)
d.rotate(1); print(d); d.rotate(-2); print(d)
q = deque(maxlen=3)
for i in range(5): q.append(i)
print(q, list(q), 2 in q)
big = deque()
for i in range(1000): big.append(i)
s = 0
while big: s += big.popleft()
print(s, bool(big))
dd = defaultdict(list)
for w in "the quick brown the lazy the end".split(): dd[w[0]].append(w)
print(dd, dd["t"], len(dd), "x" in dd, dd.get("zz"))
cnt = defaultdict(int)
for c in "mississippi": cnt[c] += 1
print(sorted(cnt.items()), cnt)
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.total())
c.update("aaz"); print(c.most_common(3))
c2 = Counter(a=1, b=10)
print(c + c2, c - c2, c & c2, c | c2)
print(sorted(Counter([3, 1, 3, 2, 3]).elements()), Counter())
od = OrderedDict()
od["x"] = 1; od["y"] = 2; od["z"] = 3
od.move_to_end("x"); print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([7, 8]), Point._fields)
x, y = p; print(x + y, len(p), p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0])
print(P3(1, 2), sorted([Point(2, 1), Point(1, 5)]))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm.keys()), cm)
c3 = Counter("aab"); c3.subtract("abc"); c3.subtract({"a": 1}, b=2); print(c3, c3["c"])

# defaultdict, Counter and OrderedDict are dicts, namedtuple classes tuples (dict's __getitem__ calls __missing__)
from collections import defaultdict, Counter, OrderedDict, namedtuple
import json
d = defaultdict(list)
d["a"].append(1); d["b"].append(2); d["a"].append(3)
print(d, isinstance(d, dict), len(d), sorted(d.items()), d.get("zz"), "zz" in d)
print(json.dumps(d, sort_keys=True), dict(d), d.copy(), type(d.copy()).__name__)
c = Counter("abracadabra")
print(c, c["z"], c.most_common(2), isinstance(c, dict), c.total())
c.update({"a": 2}); c.subtract("r")
print(c, c + Counter("zz"), c - Counter("aaaa"), c & Counter("aab"), c | Counter("zzz"))
o = OrderedDict([("x", 1), ("y", 2), ("z", 3)])
o.move_to_end("x"); print(o); o.move_to_end("z", last=False); print(o, o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p.x, p.y, p[0], isinstance(p, tuple), p == (1, 0), len(p), p._replace(y=5), p._asdict(), P._fields, P._make([3, 4]))
x, y = P(7, 8)
print(x, y, type(p).__name__, hash(p) == hash((1, 0)), sorted([P(2, 1), P(1, 2)]), P(1, 2) + (3,), p[:1])
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
dd = defaultdict(int)
for w in "the cat the dog the end".split():
    dd[w] += 1
print(max(dd, key=dd.get), dd["the"], repr(defaultdict(None)))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
