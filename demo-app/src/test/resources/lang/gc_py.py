import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

class Node:
    def __init__(self):
        self.other = None

a = Node()
b = Node()
a.other = b
b.other = a
del a, b
n = gc.collect()
print(type(n).__name__, n >= 0)
print(type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError', e)
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))
print(gc.garbage, gc.callbacks)
print(gc.get_threshold())
gc.set_threshold(1000, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
stats = gc.get_stats()
print(len(stats), sorted(stats[0].keys()))
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(None), gc.is_tracked([]),
      gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked(Node()))
print(gc.is_finalized(Node()))
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.get_referents([1, 'x']), gc.get_referents({'k': 'v'}), gc.get_referents({1: 'a', 2: 'b'}), gc.get_referents((3, 4)))
events = []

def cb(phase, info):
    events.append((phase, info['generation'], sorted(info)))

gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events)
gc.collect()
print(len(events))
