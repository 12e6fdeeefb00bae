# Written for gilscope's interpreter after CPython 3.11's Modules/gcmodule.c (the gc module's API).
"""gc: the garbage-collector interface, as far as it has meaning on gilscope's interpreter.

The interpreter's objects live on the JVM heap and are reclaimed by the JVM's collector, so there is
no cyclic collector of its own to run or tune. This module keeps CPython's API so that programs that
call it run unchanged:

- collect() runs no collection and returns 0 (nothing unreachable found); it still checks the
  generation, counts the call in get_stats() and calls the gc.callbacks with "start" and "stop".
- enable()/disable()/isenabled(), set_threshold()/get_threshold(), set_debug()/get_debug() and
  freeze()/unfreeze()/get_freeze_count() keep and report their settings; nothing else changes.
- get_count() is always (0, 0, 0); garbage is always the empty list.
- get_objects() returns [] and get_referrers() returns [] (objects are not enumerable here);
  get_referents() gives the contents of lists, tuples, sets, dicts and the __dict__ of instances.
- is_tracked() follows CPython's rules for atoms, dicts and containers; is_finalized() is False.
"""

__all__ = ['enable', 'disable', 'isenabled', 'collect', 'get_count', 'get_threshold',
           'set_threshold', 'get_debug', 'set_debug', 'get_stats', 'get_objects',
           'get_referrers', 'get_referents', 'is_tracked', 'is_finalized', 'freeze',
           'unfreeze', 'get_freeze_count', 'garbage', 'callbacks',
           'DEBUG_STATS', 'DEBUG_COLLECTABLE', 'DEBUG_UNCOLLECTABLE', 'DEBUG_SAVEALL', 'DEBUG_LEAK']

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_state = {'enabled': True, 'debug': 0, 'threshold': (700, 10, 10), 'frozen': 0}
_stats = [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _i in range(3)]


def enable():
    """Enable automatic garbage collection."""
    _state['enabled'] = True


def disable():
    """Disable automatic garbage collection."""
    _state['enabled'] = False


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _state['enabled']


def collect(generation=2):
    """Run the garbage collector.

    With no arguments, run a full collection. The optional argument may be an integer specifying
    which generation to collect. A ValueError is raised if the generation number is invalid.

    The number of unreachable objects is returned (always 0 here: the JVM reclaims them).
    """
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    if callbacks:
        for cb in list(callbacks):
            cb("start", {'generation': generation, 'collected': 0, 'uncollectable': 0})
    _stats[generation]['collections'] += 1
    if callbacks:
        for cb in list(callbacks):
            cb("stop", {'generation': generation, 'collected': 0, 'uncollectable': 0})
    return 0


def get_count():
    """Return a three-tuple of the current collection counts (always zero here)."""
    return (0, 0, 0)


def get_threshold():
    """Return the current collection thresholds."""
    return _state['threshold']


def set_threshold(threshold0, threshold1=None, threshold2=None):
    """Set the collection thresholds (kept and reported; they change nothing here)."""
    old = _state['threshold']
    t1 = old[1] if threshold1 is None else threshold1
    t2 = old[2] if threshold2 is None else threshold2
    _state['threshold'] = (threshold0, t1, t2)


def get_debug():
    """Get the garbage collection debugging flags."""
    return _state['debug']


def set_debug(flags):
    """Set the garbage collection debugging flags (kept and reported; nothing is printed here)."""
    _state['debug'] = flags


def get_stats():
    """Return a list of dictionaries containing per-generation statistics."""
    return [dict(s) for s in _stats]


def get_objects(generation=None):
    """Return a list of objects tracked by the collector (none are enumerable here: [])."""
    if generation is not None and (generation < 0 or generation > 2):
        raise ValueError("generation parameter must be less than the number of available generations (3)")
    return []


def get_referrers(*objs):
    """Return the list of objects that directly refer to any of objs (not available here: [])."""
    return []


def get_referents(*objs):
    """Return the list of objects that are directly referred to by any of the arguments."""
    result = []
    for o in objs:
        if isinstance(o, dict):
            # CPython visits each value, then its key; dicts whose keys are all str only their values.
            str_keys = all(isinstance(k, str) for k in o)
            for k in o:
                result.append(o[k])
                if not str_keys:
                    result.append(k)
        elif isinstance(o, (list, tuple)):
            # CPython's lists and tuples visit their items last to first.
            items = list(o)
            items.reverse()
            result.extend(items)
        elif isinstance(o, (set, frozenset)):
            result.extend(o)
        elif _is_atomic(o):
            pass
        else:
            d = getattr(o, '__dict__', None)
            if isinstance(d, dict):
                result.append(d)
            result.append(type(o))
    return result


def _is_atomic(o):
    return o is None or isinstance(o, (bool, int, float, complex, str, bytes))


def is_tracked(obj):
    """Returns true if the object is tracked by the garbage collector.

    Simple atomic objects and dicts holding only them are not tracked, as in CPython.
    """
    if _is_atomic(obj):
        return False
    if isinstance(obj, dict):
        for k in obj:
            if not _is_atomic(k) or not _is_atomic(obj[k]):
                return True
        return False
    return True


def is_finalized(obj):
    """Returns true if the object has been already finalized by the GC (never, here)."""
    return False


def freeze():
    """Freeze all current tracked objects and ignore them for future collections.

    No object is enumerable here, so none moves to the permanent generation: its count stays 0.
    """


def unfreeze():
    """Unfreeze all objects in the permanent generation."""
    _state['frozen'] = 0


def get_freeze_count():
    """Return the number of objects in the permanent generation (always 0 here)."""
    return _state['frozen']
