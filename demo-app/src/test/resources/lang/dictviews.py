d = {"a": 1, "b": 2}
k = d.keys()
print(k, d.values(), d.items(), len(k), "a" in k, ("a", 1) in d.items(), 2 in d.values())
d["c"] = 3
print(k, list(k), sorted(d.items()), [x for x in d.values()], bool({}.keys()))
for key, val in d.items():
    print(key, val)
print(sorted(set(d.keys())), tuple(d.values()), d.keys() == {"a": 0, "b": 0, "c": 0}.keys(), max(d.values()), sum(d.values()))
