"""functools: reduce, partial, lru_cache/cache, cmp_to_key, total_ordering, update_wrapper and wraps as
CPython 3.11's Lib/functools.py defines them, for what gilscope's interpreter can express (wraps copies
__module__, __name__, __qualname__, __doc__ and the function's __dict__, not __annotations__)."""

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        value = next(it, _initial_missing)
        if value is _initial_missing:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)


class _CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits, self.misses, self.maxsize, self.currsize = hits, misses, maxsize, currsize

    def __repr__(self):
        return "CacheInfo(hits=%d, misses=%d, maxsize=%s, currsize=%d)" % (self.hits, self.misses, self.maxsize, self.currsize)


class _LruCached:
    """A function with a cache of its results by arguments; the least recently used goes first when full."""

    def __init__(self, func, maxsize):
        self.__wrapped__ = func
        self._maxsize = maxsize
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, *args, **kwargs):
        key = args if not kwargs else args + (_kwd_mark,) + tuple(sorted(kwargs.items()))
        if key in self._cache:
            self._hits += 1
            value = self._cache.pop(key)
            self._cache[key] = value
            return value
        self._misses += 1
        value = self.__wrapped__(*args, **kwargs)
        if self._maxsize != 0:
            self._cache[key] = value
            if self._maxsize is not None and len(self._cache) > self._maxsize:
                del self._cache[next(iter(self._cache))]
        return value

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache = {}
        self._hits = self._misses = 0


_kwd_mark = object()


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize):
        return _LruCached(maxsize, 128)
    return lambda func: _LruCached(func, maxsize)


def cache(func):
    return _LruCached(func, None)


def cmp_to_key(mycmp):
    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

    return K


WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: its name, docstring and attributes, and __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return lambda wrapper: update_wrapper(wrapper, wrapped, assigned, updated)


# total_ordering: for each root operation, the others derived from it, as (name, negate the root's answer,
# then "or equal" / "and not equal" / nothing): CPython's _convert table, written as data.
_convert = {
    '__lt__': [('__gt__', True, 'ne'), ('__le__', False, 'eq'), ('__ge__', True, None)],
    '__le__': [('__ge__', True, 'eq'), ('__lt__', False, 'ne'), ('__gt__', True, None)],
    '__gt__': [('__lt__', True, 'ne'), ('__ge__', False, 'eq'), ('__le__', True, None)],
    '__ge__': [('__le__', True, 'eq'), ('__gt__', False, 'ne'), ('__lt__', True, None)],
}


def _derived(root, negate, tie):
    def op(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if tie == 'eq':
            return result or self == other
        if tie == 'ne':
            return result and self != other
        return result
    return op


def total_ordering(cls):
    roots = [op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name, negate, tie in _convert[root]:
        if name not in roots:
            setattr(cls, name, _derived(root, negate, tie))
    return cls
