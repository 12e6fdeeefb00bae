"""reprlib: size-limited reprs, recursive_repr, Repr subclasses."""
import reprlib
from reprlib import Repr, recursive_repr
from collections import deque, OrderedDict, defaultdict
import array

r = reprlib.repr
print(r(list(range(20))))
print(r(tuple(range(20))), r((1,)), r(()), r((1, 2)))
print(r(set(range(20))), r(set()), r({3, 1, 2}), r(frozenset(range(10))), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r({'b': 1, 'a': 2}))
print(r('x' * 100), r('short'), r('a' * 30), r('a' * 31), r("it's \"quoted\"" * 5))
print(r(2 ** 200), r(-(10 ** 50)), r(12345), r(True), r(None), r(3.14159), r(1e300))
print(r(deque(range(10))), r(deque()), r(array.array('i', range(10))), r(array.array('d')))
print(r([[[[[[[[1]]]]]]]]), r([[1, [2, [3, [4, [5, [6, [7]]]]]]]]))
print(r({'k': [1, 2, {'deep': (1, 2, [3, 4, {5: 6}])}]}))
print(r([1, 'two', 3.0, (4,), {5}, {'six': 6}, None, b'bytes', range(3)]))
print(r(b'x' * 100), r(bytes(range(5))))
print(r(OrderedDict(a=1)), r(defaultdict(int)))
print(r({3: 'c', 'b': 2}), r({(1, 'a')}))


class Big:
    def __repr__(self):
        return 'Big(' + ', '.join(str(i) for i in range(50)) + ')'


class Bad:
    def __repr__(self):
        raise ValueError('no repr')


print(r(Big()), r([Big(), Big()]))
print(r(Bad()).startswith('<Bad instance at 0x'))

a = Repr()
a.maxlist = 3
a.maxstring = 10
a.maxlevel = 2
a.maxdict = 2
a.maxother = 15
a.maxlong = 8
a.fillvalue = '~~'
print(a.repr(list(range(10))), a.repr('abcdefghijklmnop'), a.repr([[1, [2, [3]]]]), a.repr({1: 2, 3: 4, 5: 6}))
print(a.repr(10 ** 20), a.repr(Big()), a.repr((1, 2, 3, 4, 5, 6, 7)))
print(a.maxtuple, a.maxset, a.maxfrozenset, a.maxdeque, a.maxarray)
b = Repr()
print(b.fillvalue, b.maxlevel, b.maxtuple, b.maxlist, b.maxarray, b.maxdict, b.maxset, b.maxfrozenset,
      b.maxdeque, b.maxstring, b.maxlong, b.maxother)
b.maxlevel = 0
print(b.repr([1, 2]), b.repr([]), b.repr({1: 2}), b.repr({}), b.repr((1,)), b.repr('abc'))


class MyRepr(Repr):
    def repr_str(self, x, level):
        return 'str<%d>' % len(x)

    def repr_float(self, x, level):
        return '%.2f' % x

    def repr_TreeNode(self, x, level):
        return 'TreeNode(%s)' % self.repr1(x.children, level - 1)


class TreeNode:
    def __init__(self, *children):
        self.children = list(children)


m = MyRepr()
print(m.repr(['hello', 3.14159, 'x' * 100, 2]), m.repr({'a': 1.0}))
print(m.repr(TreeNode(TreeNode(), TreeNode(TreeNode(TreeNode(TreeNode(TreeNode(TreeNode()))))))))


class MyList(list):
    @recursive_repr()
    def __repr__(self):
        return '<' + '|'.join(map(repr, self)) + '>'


class Graph:
    def __init__(self, name):
        self.name = name
        self.edges = []

    @recursive_repr(fillvalue='<cycle>')
    def __repr__(self):
        return 'Graph(%s -> %r)' % (self.name, self.edges)


m1 = MyList([1, 2])
m1.append(m1)
m1.append(3)
print(repr(m1), m1)
g1, g2 = Graph('a'), Graph('b')
g1.edges.append(g2)
g2.edges.append(g1)
g2.edges.append(g2)
print(repr(g1))
print(repr(g2))
print(MyList.__repr__.__name__, Graph.__repr__.__name__, Graph.__repr__.__qualname__)


class Registry:
    _repr = Repr()
    _repr.maxlist = 2

    def __init__(self, items):
        self.items = items

    def __repr__(self):
        return 'Registry(%s)' % self._repr.repr(self.items)


print(Registry(['alpha', 'beta', 'gamma']), Registry([]))
print(reprlib.aRepr.maxlist, reprlib.__all__)
