# Assignment expressions (PEP 572): in conditions, calls, displays and comprehensions, with their scoping
import re

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"{n} items")

chunks = iter(["ab", "cd", ""])
while (chunk := next(chunks)):
    print("chunk", chunk)

print([y for x in data if (y := x * 2) > 6], y)

def scaled(values, factor):
    out = [last := v * factor for v in values]
    return out, last

print(scaled([1, 2, 3], 10))

def running_total(values):
    total = 0
    sums = [total := total + v for v in values]
    return sums, total

print(running_total([1, 2, 3, 4]))

def counter():
    hits = 0
    def bump():
        nonlocal hits
        [hits := hits + 1 for _ in range(3)]
        return hits
    return bump()

print(counter())

print(max(a := 5, 3), a, [b := 1, b + 1], sorted({c := "k", c * 2}))
m = re.match(r"(\d+)-(\d+)", "12-34")
if m and (first := int(m.group(1))) < (second := int(m.group(2))):
    print("ordered", first, second)

any((hit := x) > 5 for x in data)
print("first over 5:", hit)

class Config:
    value = (size := 7) * 2
print(Config.value, Config.size)

