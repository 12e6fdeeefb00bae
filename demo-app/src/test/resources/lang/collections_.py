l = [3, 1, 2]
l.append(5)
l.extend([7, 0])
l.insert(1, 9)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1), len(l))
l.sort()
print(l, sorted(l, reverse=True), l[1:3], l[-2:], l[::2])
l.remove(9)
l.reverse()
print(l, [1, 2] + [3], [0] * 3, 2 in l, l == [7, 5, 2, 1], [1, 2] < [1, 3])
l[0] = 100
l[1:3] = ["a", "b", "c"]
del l[0]
print(l)
t = (1, 2, 3)
a, b, c = t
print(t, a + b + c, t[1:], (1,), (), t.count(2), t.index(3), len(t), t + (4,))
first, (x, y) = 1, (2, 3)
print(first, x, y)
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()))
print("a" in d, len(d), d.pop("a"), d, d.setdefault("q", []), {1: "x", 1.0: "y"})
for k, v in d.items():
    print(k, v)
d.update({"b": 20}, e=5)
print(d, dict(a=1, b=2), dict([("x", 1)]), {**d, "z": 0})
del d["b"]
print(d)
s = {1, 2, 3}
s.add(4)
s.discard(1)
print(sorted(s), 2 in s, len(s), sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}), set(), {1, 1, 1})
print([i * i for i in range(5)], [i for i in range(10) if i % 3 == 0], [(i, j) for i in range(2) for j in range(2)])
print({i: i * i for i in range(4)}, sorted({i % 3 for i in range(10)}), list(enumerate("ab")), list(zip([1, 2], "ab", [True, False])))
print(list(range(10, 0, -3)), list(reversed([1, 2, 3])), any([0, 0, 1]), all([1, 1, 0]), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(sum(i * i for i in range(1000)), max(len(w) for w in ["a", "bbb", "cc"]), min([5, 3, 8], key=lambda v: -v))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1]), sorted(["B", "a", "C"], key=str.lower))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
print(len(range(0, 10, 3)), range(5)[2], 3 in range(5), list(range(-2, 2)))
nested = [[1, 2], [3, 4]]
print([x for row in nested for x in row], nested[1][0])
