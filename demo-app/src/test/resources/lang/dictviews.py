d = {"a": 1, "b": 2}
k = d.keys()
print(k, d.values(), d.items(), len(k), "a" in k, ("a", 1) in d.items(), 2 in d.values())
d["c"] = 3
print(k, list(k), sorted(d.items()), [x for x in d.values()], bool({}.keys()))
for key, val in d.items():
    print(key, val)
print(sorted(set(d.keys())), tuple(d.values()), d.keys() == {"a": 0, "b": 0, "c": 0}.keys(), max(d.values()), sum(d.values()))

# keys and items views combine as sets; the views' type names
d = {"a": 1, "c": 2, "e": 3}
print(sorted(d.keys() - ["a"]), sorted(d.keys() & {"c", "z"}), sorted(d.keys() | ["q"]), sorted(d.keys() ^ {"a", "x"}), sorted({"c", "y"} - d.keys()), sorted(d.items() & {("a", 1)}))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
