for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print(i, end=" ")
else:
    print("no break")
print()
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
x = 5
if x > 10:
    print("big")
elif x > 3:
    print("medium")
else:
    print("small")
print("yes" if x else "no", x and 0, 0 or "default", not x, None or [] or "last")
print(1, 2, 3, sep="-", end="!\n")
print()
print("a", "b", sep="")
i = 0
while True:
    i += 1
    if i >= 100:
        break
print(i)
for a, b in [(1, 2), (3, 4)]:
    print(a * b)
for ch in "hi":
    print(ch)
for k in {"x": 1, "y": 2}:
    print(k)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    for v in row:
        if v == 2:
            continue
        if v == 5:
            break
        print(v)
assert x == 5, "x should be 5"
print("done")
