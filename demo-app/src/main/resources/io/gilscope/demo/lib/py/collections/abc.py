"""collections.abc, the abstract container classes (gilscope's interpreter bundles it in Python).

They work as mixins (a Mapping subclass that defines __getitem__, __iter__ and __len__ gets keys, items,
values, get, __contains__ and ==), and isinstance/issubclass answer for the builtin types and for
classes with the right methods, as CPython's do. gilscope's interpreter has no metaclasses, so the
ABCs are plain classes whose __subclasshook__ the interpreter asks, and a subclass missing an abstract
method is not refused at instantiation.
"""

__all__ = ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container', 'Callable',
           'Collection', 'Sequence', 'MutableSequence', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView']

_generator = type((lambda: (yield))())
_iterators = (type(iter([])), type(iter(())), type(iter('')), type(iter({})), type(iter(range(0))), _generator)
_functions = (type(len), type(lambda: None))


def _defines(C, *methods):
    """Whether class C (or a base) defines every method, and none is set to None."""
    for name in methods:
        found = False
        k = C
        while k is not None:
            if name in k.__dict__:
                if k.__dict__[name] is None:
                    return NotImplemented
                found = True
                break
            k = k.__base__
        if not found:
            return NotImplemented
    return True


class _Registered:
    """An ABC with builtin types registered to it, as CPython registers them, and the methods whose presence
    makes a class one (its __subclasshook__); none for the ABCs CPython only registers to (Sequence, Mapping...)."""
    _builtins = ()
    _methods = ()

    @classmethod
    def __subclasshook__(cls, C):
        for k in cls.__dict__.get('_registry', ()) + cls._builtins:
            if C is k:
                return True
        return cls._structural(C)

    @classmethod
    def _structural(cls, C):
        return _defines(C, *cls._methods) if cls._methods else NotImplemented

    @classmethod
    def register(cls, subclass):
        cls._registry = cls.__dict__.get('_registry', ()) + (subclass,)
        return subclass


class Hashable(_Registered):
    _builtins = (int, float, str, bytes, tuple, frozenset, bool, type(None), range)

    @classmethod
    def _structural(cls, C):
        if C in (list, dict, set):
            return False
        k = C
        while k is not None:                # hashable unless a class sets __hash__ = None (defining __eq__ does)
            if k.__dict__.get('__hash__', 0) is None:
                return False
            k = k.__base__
        return True


class Iterable(_Registered):
    _builtins = (list, tuple, str, bytes, dict, set, frozenset, range) + _iterators
    _methods = ('__iter__',)

    def __iter__(self):
        while False:
            yield None


class Iterator(Iterable):
    _builtins = _iterators
    _methods = ('__iter__', '__next__')

    def __iter__(self):
        return self


class Reversible(Iterable):
    _builtins = (list, tuple, str, bytes, dict, range)
    _methods = ('__reversed__', '__iter__')


class Generator(Iterator):
    _builtins = (_generator,)
    _methods = ('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(_Registered):
    _builtins = (list, tuple, str, bytes, dict, set, frozenset, range)
    _methods = ('__len__',)


class Container(_Registered):
    _builtins = (list, tuple, str, bytes, dict, set, frozenset, range)
    _methods = ('__contains__',)


class Callable(_Registered):
    _builtins = _functions + (type,)
    _methods = ('__call__',)


class Collection(_Registered):
    """Sized, Iterable and Container at once (single inheritance here: the three are checked by their methods)."""
    _builtins = (list, tuple, str, bytes, dict, set, frozenset, range)
    _methods = ('__len__', '__iter__', '__contains__')


class Sequence(Collection):
    """Given __getitem__ and __len__: __contains__, __iter__, __reversed__, index and count."""
    _builtins = (list, tuple, str, bytes, range)
    _methods = ()

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)

    def __len__(self):
        return 0


class MutableSequence(Sequence):
    """Given __getitem__, __setitem__, __delitem__, __len__ and insert: append, extend, pop, remove, reverse, clear, +=."""
    _builtins = (list,)

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class Set(Collection):
    """Given __contains__, __iter__ and __len__: comparisons, &, |, -, ^ and isdisjoint."""
    _builtins = (set, frozenset)
    _methods = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(elem in self for elem in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def __and__(self, other):
        return self._from_iterable(value for value in other if value in self)

    def __or__(self, other):
        return self._from_iterable(e for s in (self, other) for e in s)

    def __sub__(self, other):
        return self._from_iterable(value for value in self if value not in other)

    def __xor__(self, other):
        return (self - other) | (other - self)

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True


class MutableSet(Set):
    """Given add and discard as well: remove, pop, clear, |=, &=, -=."""
    _builtins = (set,)

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in list(self):
            if value not in it:
                self.discard(value)
        return self

    def __isub__(self, it):
        for value in it:
            self.discard(value)
        return self


class Mapping(Collection):
    """Given __getitem__, __iter__ and __len__: __contains__, keys, items, values, get and ==."""
    _builtins = (dict,)
    _methods = ()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


class MutableMapping(Mapping):
    """Given __setitem__ and __delitem__ as well: pop, popitem, clear, update and setdefault."""
    _builtins = (dict,)

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Set):
    """A view of a mapping's keys or items (a Set here: single inheritance; ValuesView is not one)."""
    _builtins = ()

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)

    @classmethod
    def _from_iterable(cls, it):
        return set(it)


class KeysView(MappingView):
    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView):
    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(Collection):
    _builtins = ()
    __init__ = MappingView.__init__
    __len__ = MappingView.__len__
    __repr__ = MappingView.__repr__

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]
