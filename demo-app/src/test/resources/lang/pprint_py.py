import pprint
import collections
import dataclasses
import io
import types

# sets here are written in the order CPython iterates them
data = {
    'name': 'gilscope',
    'numbers': list(range(20)),
    'nested': {'b': [1, 2, (3, 4)], 'a': {'x': None, 'y': True, 'z': 1.5}},
    'tuple': (1, 'two', 3.0, [4, 5]),
    'set': {1, 2, 3, 4, 5},
    'frozen': frozenset({1, 2, 3}),
    'empty': [[], {}, (), set(), frozenset(), ''],
    42: 'int key',
}

pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, indent=4, width=60))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=50))
print(pprint.pformat(data['numbers'], compact=True, width=40))
print(pprint.pformat([data['numbers'][:12]] * 3, compact=True, width=30))
print(pprint.pformat({'c': 1, 'a': 2, 'b': 3}, sort_dicts=False, width=5))
pprint.pp({'c': 1, 'a': 2, 'b': [3] * 30})
pprint.pp({'c': 1, 'a': 2}, width=1)
print(pprint.pformat((1,)), pprint.pformat((list(range(25)),), width=30))
print(pprint.pformat([(), (1,), (1, 2)]))
print(pprint.pformat({1, 2, 3}), pprint.pformat(frozenset({1, 2, 3})))
print(pprint.pformat(set(range(40)), width=60))
print(pprint.pformat(frozenset(range(40)), width=60))
# a set that fits on its line is shown as repr() shows it (in iteration order), a longer one sorted
print(pprint.pformat({'s': {'b', 'a'}, 'f': frozenset({(2, 1), (1, 2)})}, width=10))
print(pprint.pformat([[[[[1]]]]], depth=3))
print(pprint.pformat({'a': {'b': {'c': {}}}}, depth=2))
print(pprint.pformat([1, [2, [3, []]]], depth=2))
print(pprint.pformat(12345678901, underscore_numbers=True), pprint.pformat([10**6], underscore_numbers=True))
print(pprint.pformat(-1234567, underscore_numbers=True))
print(pprint.pformat(True), pprint.pformat(None), pprint.pformat(1.25), pprint.pformat('x'))

# mixed, unorderable keys and set elements sort by type name
print(pprint.pformat({1: 'a', 'b': 2, None: 3, 2.5: 4}))
print(pprint.pformat({(1, 2): 'pair', (0,): 'one'}))

# long strings are split at whitespace; bytes at 4-byte boundaries
lorem = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua.")
pprint.pprint(lorem)
pprint.pprint(lorem, width=40)
pprint.pprint({'text': lorem, 'lines': 'first line\nsecond line\nthird line that is longer than the rest'}, width=40)
pprint.pprint([lorem[:50]], width=30)
pprint.pprint(bytes(range(65, 65 + 40)), width=20)
pprint.pprint([b'abcdefghijklmnopqrstuvwxyz'], width=16)
pprint.pprint(b'abc')
pprint.pprint('', width=1)

# recursion
rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
def hide(s, *objs):
    for o in objs:
        s = s.replace(str(id(o)), 'ID')
    return s
print(hide(pprint.pformat(rec), rec))
print(hide(pprint.pformat(d), d))
print(hide(pprint.saferepr(rec), rec), hide(pprint.saferepr(d), d))
print(pprint.isrecursive(rec), pprint.isrecursive(d), pprint.isrecursive([1, [2]]))
print(pprint.isreadable(rec), pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable(object()))
print(pprint.isreadable({1: [len]}), pprint.isreadable({}))
shared = [1, 2]
print(pprint.pformat([shared, shared]), pprint.isrecursive([shared, shared]))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}))

# PrettyPrinter objects and streams
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
pp.pprint(data['nested'])
print(pp.pformat([[1, [2, [3, [4]]]]]))
print(pp.isreadable([1, 2]), pp.isrecursive(rec), pp.isreadable([[[[1]]]]))
buf = io.StringIO()
pprint.pprint({'to': 'stream', 'n': [1, 2, 3]}, stream=buf, width=12)
print(repr(buf.getvalue()))
pprint.PrettyPrinter(stream=buf).pprint(['again'])
print(repr(buf.getvalue()))
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)

class Quoted(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return '<' + object + '>', False, False
        return pprint.PrettyPrinter.format(self, object, context, maxlevels, level)

print(Quoted(width=20).pformat({'k': ['v1', 'v2', 'v3', 'v4', 'v5']}))

# objects with their own repr are printed with it
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

print(pprint.pformat([Point(i, -i) for i in range(6)], width=40))
print(pprint.isreadable(Point(1, 2)))

class MyList(list):
    pass
print(pprint.pformat(MyList(range(30)), width=40))

@dataclasses.dataclass
class Item:
    name: str
    tags: list
    price: float = 0.0

items = [Item('widget', ['a', 'b'], 1.5), Item('gadget with a long name', list(range(12)), 20.0)]
pprint.pprint(items)
pprint.pprint(items, width=40)

# namespaces and collections
ns = types.SimpleNamespace(alpha=list(range(20)), beta='b', gamma={'k': 'v'})
pprint.pprint(ns, width=40)
pprint.pprint(types.MappingProxyType({'b': 2, 'a': list(range(25))}), width=50)
od = collections.OrderedDict([('z', 1), ('y', list(range(20))), ('x', 3)])
pprint.pprint(od, width=40)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {'b': [1] * 15, 'a': [2] * 15})
pprint.pprint(dd, width=40)
c = collections.Counter('abracadabra simsalabim')
pprint.pprint(c, width=40)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.deque(range(30), maxlen=25), width=40)
pprint.pprint(collections.ChainMap({'a': list(range(15))}, {'b': list(range(15))}), width=50)
print(sorted(pprint.__all__))
