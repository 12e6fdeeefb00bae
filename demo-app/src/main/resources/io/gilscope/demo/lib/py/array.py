"""array, typed arrays of numbers (gilscope's interpreter bundles it in Python: a list whose items are
checked against the type code, and stored as Python ints or floats). Not here: 'u', buffers,
byteswap, fromfile/tofile."""

typecodes = 'bBhHiIlLqQfd'

# type code -> (item size, minimum, maximum, C name in CPython's overflow messages); floats have no range
_INTS = {
    'b': (1, -2 ** 7, 2 ** 7 - 1, 'signed char'),
    'B': (1, 0, 2 ** 8 - 1, 'unsigned byte integer'),
    'h': (2, -2 ** 15, 2 ** 15 - 1, 'signed short integer'),
    'H': (2, 0, 2 ** 16 - 1, 'unsigned short'),
    'i': (4, -2 ** 31, 2 ** 31 - 1, 'signed integer'),
    'I': (4, 0, 2 ** 32 - 1, 'unsigned int'),
    'l': (8, -2 ** 63, 2 ** 63 - 1, None),
    'L': (8, 0, 2 ** 64 - 1, None),
    'q': (8, -2 ** 63, 2 ** 63 - 1, None),
    'Q': (8, 0, 2 ** 64 - 1, None),
}
_FLOATS = {'f': 4, 'd': 8}


def _check(typecode, x):
    if typecode in _FLOATS:
        if not isinstance(x, (int, float)):
            raise TypeError("must be real number, not %s" % type(x).__name__)
        return float(x)
    if not isinstance(x, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    size, low, high, name = _INTS[typecode]
    if x < low or x > high:
        if name is None:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("%s is %s than %s" % (name, "less" if x < low else "greater", "minimum" if x < low else "maximum"))
    return x


class array:
    def __init__(self, typecode, initializer=()):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self.typecode = typecode
        self._items = []
        if isinstance(initializer, bytes):
            self.frombytes(initializer)
        else:
            self.extend(initializer)

    @property
    def itemsize(self):
        return _FLOATS[self.typecode] if self.typecode in _FLOATS else _INTS[self.typecode][0]

    def append(self, x):
        self._items.append(_check(self.typecode, x))

    def extend(self, items):
        if isinstance(items, array) and items.typecode != self.typecode:
            raise TypeError("can only extend with array of same kind")
        for x in items:
            self.append(x)

    def insert(self, i, x):
        self._items.insert(i, _check(self.typecode, x))

    def remove(self, x):
        if x not in self._items:
            raise ValueError("array.remove(x): x not in array")
        self._items.remove(x)

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        return self._items.pop(i)

    def index(self, x):
        if x not in self._items:
            raise ValueError("array.index(x): x not in array")
        return self._items.index(x)

    def count(self, x):
        return self._items.count(x)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def tobytes(self):
        if self.typecode in _FLOATS:
            raise NotImplementedError("array.tobytes() of floats is not supported by gilscope's interpreter")
        size, low = _INTS[self.typecode][0], _INTS[self.typecode][1]
        out = []
        for x in self._items:
            u = x + 2 ** (8 * size) if x < 0 else x
            for k in range(size):          # little-endian, as on the machines CPython runs here
                out.append((u >> (8 * k)) & 0xFF)
        return bytes(out)

    def frombytes(self, data):
        if self.typecode in _FLOATS:
            raise NotImplementedError("array.frombytes() of floats is not supported by gilscope's interpreter")
        size, low = _INTS[self.typecode][0], _INTS[self.typecode][1]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        for i in range(0, len(data), size):
            u = 0
            for k in range(size):
                u |= data[i + k] << (8 * k)
            self._items.append(u - 2 ** (8 * size) if low < 0 and u >= 2 ** (8 * size - 1) else u)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return array(self.typecode, self._items[i])
        return self._items[i]

    def __setitem__(self, i, x):
        self._items[i] = _check(self.typecode, x)

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only append array (not \"%s\") to array" % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        return array(self.typecode, self._items + other._items)

    def __mul__(self, n):
        return array(self.typecode, self._items * n)

    def __rmul__(self, n):
        return self.__mul__(n)

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self.typecode
        return "array('%s', %r)" % (self.typecode, self._items)


ArrayType = array
