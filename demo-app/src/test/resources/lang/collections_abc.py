from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator, Sized,
                             Container, Hashable, Callable, Set, MutableSet, Collection, Generator, Reversible)
import collections.abc
print(isinstance([], Sequence), isinstance((), Sequence), isinstance("s", Sequence), isinstance({}, Sequence), isinstance(range(3), Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], MutableSequence), isinstance((), MutableSequence))
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance((x for x in []), Generator))
print(isinstance([], Hashable), isinstance((1,), Hashable), isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(3, Callable))
print(isinstance({1}, Set), isinstance({1}, MutableSet), isinstance(frozenset(), MutableSet), isinstance([], Sized), isinstance([], Container), isinstance({}, Collection))
class Box:
    def __init__(self, *items): self.items = items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __call__(self): return 1
class Plain:
    pass
class NoHash:
    def __eq__(self, o): return True
print(isinstance(Box(), Iterable), isinstance(Box(), Sized), isinstance(Box(), Callable), isinstance(Plain(), Iterable), isinstance(Plain(), Hashable), isinstance(NoHash(), Hashable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(Box, Iterable), issubclass(int, Iterable), issubclass(list, (Mapping, Sequence)))
class Registry(Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry(a=1, b=2)
print(r['a'], r.get('z', 9), 'a' in r, 'z' in r, sorted(r.keys()), sorted(r.items()), sorted(r.values()), len(r), r == {'a': 1, 'b': 2}, dict(r), isinstance(r, Mapping))
class Store(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
s = Store()
s['x'] = 1; s.update(y=2, z=3); s.setdefault('w', 0)
print(sorted(s.items()), s.pop('x'), s.pop('nope', 'dflt'), len(s))
s.clear()
print(len(s), isinstance(s, MutableMapping))
class Deck(Sequence):
    def __init__(self, cards): self._c = list(cards)
    def __getitem__(self, i): return self._c[i]
    def __len__(self): return len(self._c)
d = Deck('abcab')
print(list(d), 'c' in d, d.index('b'), d.count('a'), list(reversed(d)), isinstance(d, Sequence), isinstance(d, Reversible))
class Bits(MutableSequence):
    def __init__(self): self._b = []
    def __getitem__(self, i): return self._b[i]
    def __setitem__(self, i, v): self._b[i] = v
    def __delitem__(self, i): del self._b[i]
    def __len__(self): return len(self._b)
    def insert(self, i, v): self._b.insert(i, v)
b = Bits()
b.append(1); b.extend([0, 1, 1]); b.reverse(); b.remove(0)
b += [7]
print(list(b), b.pop(), len(b))
class Tags(Set):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
t1, t2 = Tags('abc'), Tags('bcd')
print(sorted(t1 & t2), sorted(t1 | t2), sorted(t1 - t2), sorted(t1 ^ t2), t1 <= Tags('abcd'), t1 == Tags('cba'), t1.isdisjoint(Tags('xyz')))
print(collections.abc.Sequence is Sequence)
from collections import abc, deque
print(abc.Mapping.__name__, isinstance({}, abc.Mapping), deque([1]))
class M(Mapping):
    def __init__(self): self._d = {"k": 1}
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = M()
print(len(m.values()), 1 in m.values(), list(m.values()), len(m.keys()), ("k", 1) in m.items(), m.keys() & {"k", "z"}, repr(m.values()).startswith("ValuesView(<__main__.M object at "))
