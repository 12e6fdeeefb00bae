"""struct: CPython 3.11's struct module (C code in Modules/_struct.c) written in Python for gilscope's
interpreter: pack, unpack, calcsize, iter_unpack, Struct (format, size, pack, unpack, iter_unpack) and
error, with CPython's error messages. Byte order prefixes @ = < > ! (native is little-endian with
x86-64's sizes and alignment for @), codes x c b B ? h H i I l L q Q n N e f d s p P (n, N and P native
only). Floats are packed to IEEE-754 half, single and double precision here in Python, rounding to
nearest even, with zeros, infinities, NaNs and subnormals; as in CPython, a native 'f' too large becomes
inf while '<f', '>f', '=f', '!f' and every 'e' raise OverflowError. Not provided: pack_into and
unpack_from (there is no bytearray or memoryview), and the buffer protocol: data is bytes.
"""

import math as _math

__all__ = ['calcsize', 'pack', 'iter_unpack', 'unpack', 'Struct', 'error']


class error(Exception):
    pass


# code: (native size, native alignment, standard size); None for native-only codes
_SIZES = {
    'x': (1, 1, 1), 'c': (1, 1, 1), 'b': (1, 1, 1), 'B': (1, 1, 1), '?': (1, 1, 1),
    'h': (2, 2, 2), 'H': (2, 2, 2), 'i': (4, 4, 4), 'I': (4, 4, 4),
    'l': (8, 8, 4), 'L': (8, 8, 4), 'q': (8, 8, 8), 'Q': (8, 8, 8),
    'n': (8, 8, None), 'N': (8, 8, None), 'P': (8, 8, None),
    'e': (2, 2, 2), 'f': (4, 4, 4), 'd': (8, 8, 8), 's': (1, 1, 1), 'p': (1, 1, 1),
}
_SIGNED = 'bhilqn'
_UNSIGNED = 'BHILQN'
_FLOATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}  # exponent and fraction bits


def _parse(fmt):
    """Return (items, size, little_endian, native): items are (code, count, offset)."""
    native = False
    little = True
    i = 0
    if fmt and fmt[0] in '@=<>!':
        c = fmt[0]
        native = c == '@'
        little = c in '@=<'
        i = 1
    else:
        native = True
    items = []
    size = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c.isspace():
            continue
        count = 1
        if '0' <= c <= '9':
            num = 0
            while '0' <= c <= '9':
                num = num * 10 + (ord(c) - 48)
                if i >= n:
                    raise error('repeat count given without format specifier')
                c = fmt[i]
                i += 1
            count = num
        info = _SIZES.get(c)
        if info is None or (not native and info[2] is None):
            raise error('bad char in struct format')
        if native:
            sz, align = info[0], info[1]
            if size % align:
                size += align - size % align
        else:
            sz = info[2]
        if c in 'sp':
            items.append((c, count, size))
            size += count
        elif c == 'x':
            size += count
        else:
            for k in range(count):
                items.append((c, 1, size))
                size += sz
    return items, size, little, native


def _int_arg(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise error('required argument is not an integer')
    return index(v)


def _float_arg(v):
    if isinstance(v, (int, float)):
        return float(v)
    if getattr(type(v), '__float__', None) is not None:
        return float(v)
    index = getattr(type(v), '__index__', None)
    if index is not None:
        return float(index(v))
    raise error('required argument is not a float')


def _int_to_bytes(v, size, little):
    v &= (1 << (8 * size)) - 1
    out = [(v >> (8 * k)) & 255 for k in range(size)]
    if not little:
        out.reverse()
    return out


def _int_from_bytes(data, start, size, little, signed):
    v = 0
    if little:
        for k in range(size - 1, -1, -1):
            v = (v << 8) | data[start + k]
    else:
        for k in range(size):
            v = (v << 8) | data[start + k]
    if signed and v >= 1 << (8 * size - 1):
        v -= 1 << (8 * size)
    return v


def _check_int(code, v, size, big):
    # CPython's messages depend on which C function packs the code: the native ones (used for
    # '@', and for '<' and '=' where sizes agree) or the big-endian ones for '>' and '!'.
    if code == 'P':
        if not -(1 << 63) <= v < (1 << 64):
            raise error('int too large to convert')
        return
    if big and code in 'qQ':
        lo, hi = (-(1 << 63), (1 << 63) - 1) if code == 'q' else (0, (1 << 64) - 1)
        if not lo <= v <= hi:
            raise error('int too large to convert')
        return
    if code in _SIGNED or code == 'B' or (code == 'H' and not big):
        if not -(1 << 63) <= v < (1 << 63):
            raise error('argument out of range')
    elif not 0 <= v < (1 << 64):
        raise error('argument out of range')
    if code in _SIGNED:
        lo = -(1 << (8 * size - 1))
        hi = (1 << (8 * size - 1)) - 1
    else:
        lo = 0
        hi = (1 << (8 * size)) - 1
    if not lo <= v <= hi:
        if code == 'b':
            raise error('byte format requires -128 <= number <= 127')
        if code == 'B':
            raise error('ubyte format requires 0 <= number <= 255')
        if code == 'h' and not big:
            raise error('short format requires -32768 <= number <= 32767')
        if code == 'H' and not big:
            raise error('ushort format requires 0 <= number <= 65535')
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))


def _float_to_bits(x, ebits, mbits, code, check):
    """The IEEE-754 bits of x with ebits exponent and mbits fraction bits, rounding half to even."""
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    emax = (1 << ebits) - 1
    bias = (1 << (ebits - 1)) - 1
    if _math.isnan(x):
        return (sign << (ebits + mbits)) | (emax << mbits) | (1 << (mbits - 1))
    if _math.isinf(x):
        return (sign << (ebits + mbits)) | (emax << mbits)
    if x == 0.0:
        return sign << (ebits + mbits)
    m, e = _math.frexp(abs(x))
    M = int(_math.ldexp(m, 53))           # abs(x) == M * 2**(e - 53) exactly
    q = max(e - 1, 1 - bias) - mbits       # the exponent of the last place kept
    shift = e - 53 - q
    if shift >= 0:
        N = M << shift
    else:
        s = -shift
        N = M >> s
        rem = M - (N << s)
        half = 1 << (s - 1)
        if rem > half or (rem == half and N & 1):
            N += 1
    if N >= 1 << (mbits + 1):
        N >>= 1
        q += 1
    if N >= 1 << mbits:
        biased = q + mbits + bias
        frac = N - (1 << mbits)
    else:
        biased = 0
        frac = N
    if biased >= emax:
        if check:
            raise OverflowError('float too large to pack with %s format' % code)
        return (sign << (ebits + mbits)) | (emax << mbits)
    return (sign << (ebits + mbits)) | (biased << mbits) | frac


def _bits_to_float(bits, ebits, mbits):
    sign = bits >> (ebits + mbits)
    biased = (bits >> mbits) & ((1 << ebits) - 1)
    frac = bits & ((1 << mbits) - 1)
    bias = (1 << (ebits - 1)) - 1
    if biased == (1 << ebits) - 1:
        if frac:
            v = float('nan')
        else:
            v = float('inf')
    elif biased == 0:
        v = _math.ldexp(float(frac), 1 - bias - mbits)
    else:
        v = _math.ldexp(float(frac + (1 << mbits)), biased - bias - mbits)
    return -v if sign else v


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                            % type(format).__name__)
        self.format = format
        self._items, self.size, self._little, self._native = _parse(format)

    def pack(self, *args):
        items = self._items
        if len(args) != len(items):
            raise error('pack expected %d items for packing (got %d)' % (len(items), len(args)))
        out = [0] * self.size
        little = self._little
        native = self._native
        for (code, count, offset), v in zip(items, args):
            if code in 'sp':
                if not isinstance(v, bytes):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 's':
                    n = min(len(v), count)
                    out[offset:offset + n] = list(v[:n])
                elif count > 0:
                    n = min(len(v), count - 1)
                    out[offset + 1:offset + 1 + n] = list(v[:n])
                    out[offset] = min(n, 255)
                continue
            if code == 'c':
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error('char format requires a bytes object of length 1')
                out[offset] = v[0]
                continue
            if code == '?':
                out[offset] = 1 if v else 0
                continue
            size = _SIZES[code][0] if native else _SIZES[code][2]
            if code in _FLOATS:
                ebits, mbits = _FLOATS[code]
                x = _float_arg(v)
                bits = _float_to_bits(x, ebits, mbits, code, code == 'e' or (code == 'f' and not native))
                out[offset:offset + size] = _int_to_bytes(bits, size, little)
                continue
            v = _int_arg(v)
            _check_int(code, v, size, not little)
            out[offset:offset + size] = _int_to_bytes(v, size, little)
        return bytes(out)

    def unpack(self, buffer):
        if not isinstance(buffer, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)
        if len(buffer) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack(buffer, 0)

    def _unpack(self, data, base):
        result = []
        little = self._little
        native = self._native
        for code, count, offset in self._items:
            offset += base
            if code == 's':
                result.append(data[offset:offset + count])
            elif code == 'p':
                if count == 0:
                    result.append(b'')
                else:
                    n = min(data[offset], count - 1)
                    result.append(data[offset + 1:offset + 1 + n])
            elif code == 'c':
                result.append(data[offset:offset + 1])
            elif code == '?':
                result.append(data[offset] != 0)
            else:
                size = _SIZES[code][0] if native else _SIZES[code][2]
                if code in _FLOATS:
                    ebits, mbits = _FLOATS[code]
                    bits = _int_from_bytes(data, offset, size, little, False)
                    result.append(_bits_to_float(bits, ebits, mbits))
                else:
                    result.append(_int_from_bytes(data, offset, size, little, code in _SIGNED))
        return tuple(result)

    def iter_unpack(self, buffer):
        if not isinstance(buffer, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buffer) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        return self._iter(buffer)

    def _iter(self, buffer):
        for base in range(0, len(buffer), self.size):
            yield self._unpack(buffer, base)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt) if isinstance(fmt, (str, bytes)) else None
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, *args):
    """pack(format, v1, v2, ...) -> bytes"""
    return _struct(format).pack(*args)


def unpack(format, buffer):
    """Return a tuple containing values unpacked according to the format string."""
    return _struct(format).unpack(buffer)


def iter_unpack(format, buffer):
    """Return an iterator yielding tuples unpacked from the buffer."""
    return _struct(format).iter_unpack(buffer)
