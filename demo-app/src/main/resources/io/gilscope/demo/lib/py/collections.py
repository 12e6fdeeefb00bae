"""collections: deque, defaultdict, Counter, OrderedDict, namedtuple and ChainMap in Python, with CPython
3.11's behaviour and reprs. Written before gilscope's interpreter could subclass dict and tuple, the
mappings wrap a dict and namedtuple classes wrap a tuple: isinstance(x, dict) and isinstance(p, tuple)
are False."""

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


class _Mapping:
    """What the dict-like classes share: a dict inside, and dict's methods over it."""

    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        if key in self._d:
            return self._d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __len__(self):
        return len(self._d)

    def __bool__(self):
        return len(self._d) > 0

    def __iter__(self):
        return iter(self._d)

    def __eq__(self, other):
        if isinstance(other, _Mapping):
            return self._d == other._d
        return self._d == other

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def setdefault(self, key, default=None):
        if key not in self._d:
            self._d[key] = default
        return self._d[key]

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def popitem(self):
        return self._d.popitem()

    def update(self, other=(), **kwargs):
        if isinstance(other, _Mapping):
            other = other._d
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self._d.clear()


class defaultdict(_Mapping):
    def __init__(self, default_factory=None, *args, **kwargs):
        _Mapping.__init__(self)
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self.update(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    def __repr__(self):
        return "defaultdict(" + repr(self.default_factory) + ", " + repr(self._d) + ")"


class OrderedDict(_Mapping):
    def __init__(self, other=(), **kwargs):
        _Mapping.__init__(self)
        self.update(other, **kwargs)

    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            rest = list(self._d.items())
            self._d.clear()
            self._d[key] = value
            for k, v in rest:
                self._d[k] = v

    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        key = list(self._d)[-1 if last else 0]
        return key, self._d.pop(key)

    def copy(self):
        return OrderedDict(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _Mapping.__eq__(self, other)

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self._d.items())) + ")"


class Counter(_Mapping):
    def __init__(self, iterable=None, **kwargs):
        _Mapping.__init__(self)
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for k, v in self._d.items():
            for _ in range(v):
                yield k

    def update(self, iterable=None, **kwargs):
        self._add(iterable, kwargs, 1)

    def subtract(self, iterable=None, **kwargs):
        self._add(iterable, kwargs, -1)

    def _add(self, iterable, kwargs, sign):
        """Adds (sign 1) or takes away (sign -1) the counts of a mapping, or one per element of an iterable."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                iterable = iterable._d
            if hasattr(iterable, "items"):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) + sign * v
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) + sign
        for k, v in kwargs.items():
            self._d[k] = self._d.get(k, 0) + sign * v

    def copy(self):
        return Counter(self)

    def _keep_positive(self, pairs):
        result = Counter()
        for k, v in pairs:
            if v > 0:
                result._d[k] = v
        return result

    def __add__(self, other):
        keys = list(self._d) + [k for k in other._d if k not in self._d]
        return self._keep_positive([(k, self[k] + other[k]) for k in keys])

    def __sub__(self, other):
        return self._keep_positive([(k, self[k] - other[k]) for k in self._d])

    def __or__(self, other):
        keys = list(self._d) + [k for k in other._d if k not in self._d]
        return self._keep_positive([(k, max(self[k], other[k])) for k in keys])

    def __and__(self, other):
        return self._keep_positive([(k, min(self[k], other[k])) for k in self._d])

    def __repr__(self):
        if not self._d:
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


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(fields):
        raise TypeError("Got more default values than field names")
    first_default = len(fields) - len(defaults)

    class _NamedTuple:
        _fields = fields
        _field_defaults = dict(zip(fields[first_default:], defaults))

        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(typename + "() takes " + str(len(fields)) + " positional arguments but " + str(len(args)) + " were given")
            values = list(args)
            for i in range(len(args), len(fields)):
                name = fields[i]
                if name in kwargs:
                    values.append(kwargs.pop(name))
                elif i >= first_default:
                    values.append(defaults[i - first_default])
                else:
                    raise TypeError(typename + "() missing 1 required positional argument: '" + name + "'")
            if kwargs:
                raise TypeError(typename + "() got an unexpected keyword argument '" + list(kwargs)[0] + "'")
            self._values = tuple(values)
            for name, value in zip(fields, values):
                setattr(self, name, value)

        @classmethod
        def _make(cls, iterable):
            return cls(*iterable)

        def _replace(self, **kwargs):
            return type(self)(*[kwargs.pop(f) if f in kwargs else v for f, v in zip(fields, self._values)])

        def _asdict(self):
            return dict(zip(fields, self._values))

        def __getitem__(self, i):
            return self._values[i]

        def __iter__(self):
            return iter(self._values)

        def __len__(self):
            return len(self._values)

        def __contains__(self, x):
            return x in self._values

        def __eq__(self, other):
            return self._values == (other._values if isinstance(other, _NamedTuple) else other)

        def __lt__(self, other):
            return self._values < (other._values if isinstance(other, _NamedTuple) else other)

        def __hash__(self):
            return hash(self._values)

        def __repr__(self):
            return typename + "(" + ", ".join([f + "=" + repr(v) for f, v in zip(fields, self._values)]) + ")"

        def count(self, x):
            return self._values.count(x)

        def index(self, x):
            return self._values.index(x)

    return _NamedTuple
