"""bytearray, the mutable bytes: written in Python for gilscope's interpreter (CPython's is C), over a
list of ints. The builtin name bytearray is this class, imported on first use. What does not change
the array is bytes' own method, run on a copy; a result that is bytes comes back as a bytearray, as
CPython's methods return bytearrays.
"""


def _ints(source, encoding=None, errors=None):
    if isinstance(source, str):
        if encoding is None:
            raise TypeError('string argument without an encoding')
        return list(source.encode(encoding, errors or 'strict'))
    if encoding is not None or errors is not None:
        raise TypeError('encoding without a string argument')
    if isinstance(source, int):
        if source < 0:
            raise ValueError('negative count')
        return [0] * source
    if isinstance(source, bytearray):
        return list(source._items)
    return list(bytes(source))


def _byte(value):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if not 0 <= value <= 255:
        raise ValueError('byte must be in range(0, 256)')
    return value


def _other(other):
    """The bytes of a bytes-like operand, or None."""
    if isinstance(other, bytearray):
        return bytes(other._items)
    if isinstance(other, bytes):
        return other
    return None


class bytearray:
    __module__ = 'builtins'
    __hash__ = None

    def __init__(self, source=b'', encoding=None, errors=None):
        self._items = _ints(source, encoding, errors)

    def __bytes__(self):
        return bytes(self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __repr__(self):
        return 'bytearray(%r)' % bytes(self._items)

    __str__ = __repr__

    def __getitem__(self, index):
        if isinstance(index, slice):
            return bytearray(self._items[index])
        return self._items[index]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            self._items[index] = _ints(value)
        else:
            self._items[index] = _byte(value)

    def __delitem__(self, index):
        del self._items[index]

    def __contains__(self, item):
        if isinstance(item, int):
            return _byte(item) in self._items
        return _other(item) in bytes(self._items)

    def __eq__(self, other):
        b = _other(other)
        return NotImplemented if b is None else bytes(self._items) == b

    def __ne__(self, other):
        b = _other(other)
        return NotImplemented if b is None else bytes(self._items) != b

    def __lt__(self, other):
        return bytes(self._items) < _other(other)

    def __le__(self, other):
        return bytes(self._items) <= _other(other)

    def __gt__(self, other):
        return bytes(self._items) > _other(other)

    def __ge__(self, other):
        return bytes(self._items) >= _other(other)

    def __add__(self, other):
        b = _other(other)
        if b is None:
            raise TypeError("can't concat %s to bytearray" % type(other).__name__)
        return bytearray(bytes(self._items) + b)

    def __radd__(self, other):
        b = _other(other)
        if b is None:
            return NotImplemented
        return b + bytes(self._items)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return bytearray(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __mod__(self, args):
        return bytearray(bytes(self._items) % args)

    def append(self, value):
        self._items.append(_byte(value))

    def extend(self, iterable):
        if isinstance(iterable, str):
            raise TypeError("expected iterable of integers; got: 'str'")
        self._items.extend(_byte(v) for v in (iterable._items if isinstance(iterable, bytearray) else iterable))

    def insert(self, index, value):
        self._items.insert(index, _byte(value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError('pop from empty bytearray')
        return self._items.pop(index)

    def remove(self, value):
        try:
            self._items.remove(_byte(value))
        except ValueError:
            raise ValueError('value not found in bytearray') from None

    def clear(self):
        self._items.clear()

    def reverse(self):
        self._items.reverse()

    def copy(self):
        return bytearray(self._items)

    def decode(self, encoding='utf-8', errors='strict'):
        return bytes(self._items).decode(encoding, errors)

    @classmethod
    def fromhex(cls, string):
        return cls(bytes.fromhex(string))

    def __getattr__(self, name):
        method = getattr(bytes, name, None)   # the read-only methods are bytes' own
        if method is None or name.startswith('__'):
            raise AttributeError("'bytearray' object has no attribute '%s'" % name)

        def call(*args, **kwargs):
            args = [bytes(a._items) if isinstance(a, bytearray) else a for a in args]
            result = method(bytes(self._items), *args, **kwargs)
            if isinstance(result, bytes):
                return bytearray(result)
            if isinstance(result, list):
                return [bytearray(r) if isinstance(r, bytes) else r for r in result]
            if isinstance(result, tuple):
                return tuple(bytearray(r) if isinstance(r, bytes) else r for r in result)
            return result
        return call
