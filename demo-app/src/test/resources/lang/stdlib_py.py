# Standard library modules written in Python and bundled with the interpreter: __future__, bisect, heapq.
from __future__ import annotations
import __future__
print(__future__.annotations.getMandatoryRelease(), "annotations" in __future__.all_feature_names)
import bisect
a = [1, 2, 2, 4, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 5), bisect.bisect_left(a, 2, 2))
bisect.insort(a, 3); bisect.insort_left(a, 2); print(a)
words = [("b", 2), ("a", 5), ("c", 9)]
print(bisect.bisect_left(words, 5, key=lambda w: w[1]))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge
import random
random.seed(7)
h = []
for _ in range(20): heappush(h, random.randint(0, 50))
print(h)
print([heappop(h) for _ in range(5)], h)
x = [random.random() for _ in range(10)]; heapify(x); print([round(v, 4) for v in x])
print(heapreplace(h, 3), heappushpop(h, 100), h[:5])
print(nlargest(3, [5, 1, 8, 3, 9, 2]), nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge([9, 5], [8, 1], reverse=True)))
print(list(merge(["a", "ccc"], ["bb"], key=len)))
tasks = []
for p, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]: heappush(tasks, (p, name))
print([heappop(tasks) for _ in range(4)])
