"""collections: deque, defaultdict, Counter, OrderedDict, namedtuple and ChainMap in Python, with CPython
3.11's behaviour and reprs. defaultdict, Counter and OrderedDict are dicts and namedtuple classes are
tuples, as in CPython."""

__all__ = ['deque', 'defaultdict', 'Counter', 'OrderedDict', 'namedtuple', 'ChainMap']


class deque:
    """A list with a moving head: appends and pops at both ends in amortised constant time."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self._items = []
        self._head = 0
        self.maxlen = maxlen
        for x in iterable:
            self.append(x)

    def _compact(self):
        if self._head > 32 and self._head * 2 > len(self._items):
            self._items = self._items[self._head:]
            self._head = 0

    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self) > self.maxlen:
            self.popleft()

    def appendleft(self, x):
        if self._head > 0:
            self._head -= 1
            self._items[self._head] = x
        else:
            self._items.insert(0, x)
        if self.maxlen is not None and len(self) > self.maxlen:
            self.pop()

    def pop(self):
        if len(self) == 0:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if len(self) == 0:
            raise IndexError("pop from an empty deque")
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        self._compact()
        return x

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items = []
        self._head = 0

    def rotate(self, n=1):
        k = len(self)
        if k <= 1:
            return
        n %= k
        if n:
            items = self._items[self._head:]
            self._items = items[-n:] + items[:-n]
            self._head = 0

    def count(self, x):
        return self._items[self._head:].count(x)

    def index(self, x):
        return self._items[self._head:].index(x)

    def remove(self, x):
        items = self._items[self._head:]
        items.remove(x)
        self._items = items
        self._head = 0

    def reverse(self):
        items = self._items[self._head:]
        items.reverse()
        self._items = items
        self._head = 0

    def copy(self):
        return deque(self, self.maxlen)

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self) > 0

    def __iter__(self):
        return iter(self._items[self._head:])

    def __reversed__(self):
        return reversed(self._items[self._head:])

    def __contains__(self, x):
        return x in self._items[self._head:]

    def __getitem__(self, i):
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._items[self._head + i]

    def __setitem__(self, i, x):
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        self._items[self._head + i] = x

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __repr__(self):
        if self.maxlen is None:
            return "deque(" + repr(list(self)) + ")"
        return "deque(" + repr(list(self)) + ", maxlen=" + str(self.maxlen) + ")"


class defaultdict(dict):
    """A dict whose missing keys get default_factory()'s value (dict's __getitem__ calls __missing__)."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        return "defaultdict(" + repr(self.default_factory) + ", " + dict.__repr__(self) + ")"


class OrderedDict(dict):
    """A dict (whose order is insertion order already) with move_to_end, popitem(last) and order-aware ==."""

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = list(self)[-1 if last else 0]
        return key, dict.pop(self, key)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        if not self:
            return type(self).__name__ + "()"
        return type(self).__name__ + "(" + repr(list(self.items())) + ")"


class Counter(dict):
    """A dict of counts: missing keys count 0, update adds, and + - | & combine counts."""

    def __init__(self, iterable=None, **kwargs):
        super().__init__()
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for k, v in self.items():
            for _ in range(v):
                yield k

    def update(self, iterable=None, **kwargs):
        self._add(iterable, kwargs, 1)

    def subtract(self, iterable=None, **kwargs):
        self._add(iterable, kwargs, -1)

    def _add(self, iterable, kwargs, sign):
        """Adds (sign 1) or takes away (sign -1) the counts of a mapping, or one per element of an iterable."""
        if iterable is not None:
            if hasattr(iterable, "items"):
                for k, v in iterable.items():
                    self[k] = self.get(k, 0) + sign * v
            else:
                for k in iterable:
                    self[k] = self.get(k, 0) + sign
        for k, v in kwargs.items():
            self[k] = self.get(k, 0) + sign * v

    def copy(self):
        return Counter(self)

    __copy__ = copy

    def _keep_positive(self, pairs):
        result = Counter()
        for k, v in pairs:
            if v > 0:
                dict.__setitem__(result, k, v)
        return result

    def __add__(self, other):
        keys = list(self) + [k for k in other if k not in self]
        return self._keep_positive([(k, self[k] + other[k]) for k in keys])

    def __sub__(self, other):
        return self._keep_positive([(k, self[k] - other[k]) for k in self])

    def __or__(self, other):
        keys = list(self) + [k for k in other if k not in self]
        return self._keep_positive([(k, max(self[k], other[k])) for k in keys])

    def __and__(self, other):
        return self._keep_positive([(k, min(self[k], other[k])) for k in self])

    def __repr__(self):
        if not self:
            return "Counter()"
        return "Counter({" + ", ".join([repr(k) + ": " + repr(v) for k, v in self.most_common()]) + "})"


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        del self.maps[0][key]

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for m in reversed(self.maps):
            for k in m:
                seen[k] = None
        return iter(seen)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return "ChainMap(" + ", ".join([repr(m) for m in self.maps]) + ")"


def _field_getter(index):
    return property(lambda self: self[index])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(fields):
        raise TypeError("Got more default values than field names")
    first_default = len(fields) - len(defaults)

    def __new__(cls, *args, **kwargs):
        # CPython's messages, whose __new__(_cls, field, ...) counts _cls as an argument
        if len(args) > len(fields):
            takes = str(len(fields) + 1) if not defaults else "from " + str(first_default + 1) + " to " + str(len(fields) + 1)
            raise TypeError(typename + ".__new__() takes " + takes + " positional arguments but " + str(len(args) + 1) + " were given")
        values = list(args)
        for i in range(len(args), len(fields)):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif i >= first_default:
                values.append(defaults[i - first_default])
            else:
                raise TypeError(typename + ".__new__() missing 1 required positional argument: '" + name + "'")
        if kwargs:
            raise TypeError(typename + ".__new__() got an unexpected keyword argument '" + list(kwargs)[0] + "'")
        return tuple.__new__(cls, values)

    def _make(cls, iterable):
        return tuple.__new__(cls, iterable)

    def _replace(self, **kwargs):
        result = self._make([kwargs.pop(f) if f in kwargs else v for f, v in zip(fields, self)])
        if kwargs:
            raise ValueError("Got unexpected field names: " + repr(list(kwargs)))
        return result

    def _asdict(self):
        return dict(zip(fields, self))

    def __repr__(self):
        return typename + "(" + ", ".join([f + "=" + repr(v) for f, v in zip(fields, self)]) + ")"

    def __getnewargs__(self):
        return tuple(self)

    namespace = {"__new__": __new__, "_make": classmethod(_make), "_replace": _replace, "_asdict": _asdict,
                 "__repr__": __repr__, "__getnewargs__": __getnewargs__, "_fields": fields,
                 "_field_defaults": dict(zip(fields[first_default:], defaults)),
                 "__module__": module if module is not None else "__main__"}
    for index, name in enumerate(fields):
        namespace[name] = _field_getter(index)
    return type(typename, (tuple,), namespace)
