# Unpack sequence: tuple and list unpacking in a tight loop.
from _runner import main

def bench(n=1_200_000):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    l = list(t)
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
        a, b, c, d, e, f, g, h, i, j = l
        total += b + i
        first, *middle, last = t
        total += first + last
    return total

main(bench)
