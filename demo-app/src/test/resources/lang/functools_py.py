# operator, functools and string in Python (bundled).
import operator, string
from operator import itemgetter, attrgetter, methodcaller, add, mul
from functools import reduce, partial, lru_cache, cache, cmp_to_key
print(reduce(add, [1, 2, 3, 4]), reduce(mul, [], 1), reduce(lambda a, b: a + b, ["x", "y"], "w"))
try:
    reduce(add, [])
except TypeError as e:
    print("TypeError", e)
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), itemgetter(0, 1)(pairs[0]), sorted(pairs, key=itemgetter(0)))
class P:
    def __init__(self, n): self.n = n; self.inner = self if n > 5 else None
print(attrgetter("n")(P(3)), attrgetter("inner.n")(P(7)), methodcaller("split", ",")("a,b"), methodcaller("upper")("x"))
print(operator.neg(5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.contains([1], 1), operator.abs(-4), operator.eq(1, 1), operator.lt(2, 1))
int2 = partial(int, base=2); print(int2("1011"), partial(pow, 2)(10))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 2]: sq(v)
print(sq.cache_info())
@cache
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
@lru_cache
def plain(x): return x + 1
print(plain(1), plain(1), plain.cache_info())
print(sorted([5, 2, 9, 1], key=cmp_to_key(lambda a, b: b - a)))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello  big world"), len(string.printable))
from functools import total_ordering
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(2) <= V(2), V(3) > V(2), V(2) >= V(3), V(2) > V(2))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(2) <= G(2), G(3) > G(3), sorted([G(3), G(1), G(2)])[0].v)
