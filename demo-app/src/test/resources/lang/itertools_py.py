# itertools in Python (bundled), the documentation's equivalents.
import itertools as it
from itertools import count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, groupby, islice, starmap, tee, zip_longest, pairwise, product, permutations, combinations, combinations_with_replacement
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(repeat(7, 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(chain("ab", [1, 2])), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), [(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana", "cherry"]), key=lambda w: w[0])])
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(starmap(pow, [(2, 5), (3, 2)])), [list(t) for t in tee([1, 2, 3])], list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(pairwise("ABCDE")), list(product("ab", range(2))), list(product([0, 1], repeat=2)))
print(list(permutations("ABC", 2)), list(permutations(range(3))))
print(list(combinations("ABCD", 2)), list(combinations_with_replacement("ABC", 2)), len(list(combinations(range(10), 4))))
from itertools import tee, count, islice
a, b = tee(count())
print(next(a), next(a), next(b), list(islice(b, 3)))
