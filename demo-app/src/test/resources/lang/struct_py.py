import struct

def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except (struct.error, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)

for fmt in ['', 'x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', 'P',
            '5s', '5p', 'bi', 'ib', 'b q ? e d0l', '3s0i', 'cHcIcQcd', '2h3x', '0s', '10x']:
    sizes = []
    for pre in ['', '@', '=', '<', '>', '!']:
        try:
            sizes.append(struct.calcsize(pre + fmt))
        except struct.error as e:
            sizes.append(str(e))
    print(repr(fmt), sizes)

vals = {'b': [-128, -1, 0, 127], 'B': [0, 255], 'h': [-32768, 1, 32767], 'H': [0, 65535, 258],
        'i': [-2**31, 2**31 - 1, 100000], 'I': [0, 2**32 - 1], 'l': [-2**31, 2**31 - 1],
        'L': [2**32 - 1], 'q': [-2**63, 2**63 - 1, -2], 'Q': [2**64 - 1, 12345678901234]}
for pre in ['@', '=', '<', '>', '!']:
    for code, vs in vals.items():
        for v in vs:
            b = struct.pack(pre + code, v)
            print(pre + code, v, b, struct.unpack(pre + code, b)[0] == v)
for code in 'nNP':
    for v in [0, 1, 2**63 - 1]:
        b = struct.pack(code, v)
        print(code, v, b, struct.unpack(code, b))
print(struct.pack('P', -1), struct.pack('@l', -2**63), struct.pack('@L', 2**64 - 1))

# ints: errors
for pre in ['@', '<', '>', '=', '!']:
    for code in 'bBhHiIlLqQnNP':
        try:
            sz = struct.calcsize(pre + code)
        except struct.error as e:
            print(pre + code, e)
            continue
        for v in [2**(8*sz-1), -2**(8*sz-1)-1, 2**(8*sz), -1, 2**64, -2**70]:
            show('%s%s %d' % (pre, code, v), struct.pack, pre + code, v)

class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
show('index', struct.pack, '<iQ', Idx(), Idx())
show('float', struct.pack, '<d', Flt())
show('float index', struct.pack, '<d', Idx())
show('0p', struct.pack, '0p', b'ab')
show('bool', struct.pack, '<bBi?', True, False, True, 'x')
for args in [('<i', 1.0), ('<i', '1'), ('<i', None), ('c', 'a'), ('c', b'ab'), ('c', b''), ('s', 'a'), ('p', 'a'),
             ('f', 'x'), ('d', None), ('<d', 3), ('i',), ('ii', 1, 2, 3), ('<n', 1),
             ('=P', 1), ('z', 1), ('3', 1), ('3 i', 1), ('<q', 1 << 63), ('y', b'x'), ('', ), ('?', []), ('?', [0]),
             ('3c', b'a', b'b', b'c'), ('2?', 0, 2), (' <i', 1), ('<i ', 1), ('i<', 1)]:
    show(args, struct.pack, *args)

# strings
for fmt in ['s', '0s', '3s', '5s', 'p', '1p', '3p', '5p', '300p']:
    for v in [b'', b'ab', b'abcdef']:
        b = struct.pack(fmt, v)
        print(fmt, v, b if len(b) < 20 else (len(b), b[:6]), struct.unpack(fmt, b))
print(struct.unpack('p', b'\x05'), struct.unpack('3p', b'\xffab'), struct.unpack('<3sc?', b'abcd\x02'))
print(struct.pack('300p', b'x' * 300)[:3], struct.unpack('300p', struct.pack('300p', b'x' * 300))[0][-3:])

# floats
fl = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 3.141592653589793, 1e-40, 1e-45, 1.4e-45, 7e-46, 5e-324, 2.2250738585072014e-308,
      1e-310, 65504.0, 65519.99, 6.1e-05, 1.2e-07, 2.98e-08, 1.5e-07, 1e-8, 3.4028234663852886e38,
      3.4028235e38, 1.5e300, float('inf'), float('-inf'), 16777217.0, 16777219.0, 0.30000000000000004,
      1.0000001, 1.00000005960464477539, 1.00000017881393432617, 123456.789, -2.5e-3, 2.0**-126, 2.0**-149 * 1.5,
      2.0**-149 * 2.5, 2.0**-149 * 0.5, 2.0**-149 * 0.50001, 1.7976931348623157e308]
for pre in ['<', '>', '@']:
    for code in 'efd':
        for x in fl:
            try:
                b = struct.pack(pre + code, x)
                y = struct.unpack(pre + code, b)[0]
                print(pre + code, repr(x), b, repr(y))
            except (OverflowError, struct.error) as e:
                print(pre + code, repr(x), type(e).__name__, e)
nan = float('nan')
for code in ['<e', '<f', '<d', '>e', '>f', '>d']:
    b = struct.pack(code, nan)
    print(code, b, struct.unpack(code, b), struct.unpack(code, struct.pack(code, -nan))[0] != struct.unpack(code, b)[0])
print(struct.unpack('<e', b'\x01\x7c'), struct.unpack('<f', b'\x01\x00\x80\x7f'), struct.unpack('<d', b'\x00\x00\x00\x00\x00\x00\xf0\xff'))
print(struct.unpack('<e', b'\x02\x00'), struct.unpack('<f', b'\x01\x00\x00\x00'), struct.unpack('<d', b'\x01\x00\x00\x00\x00\x00\x00\x80'))
print(struct.unpack('<e', b'\xff\x7b'), struct.unpack('>f', b'\x7f\x7f\xff\xff'), struct.unpack('<e', b'\xff\x03'))
print(struct.pack('f', 1e300), struct.pack('@f', -1e39), struct.pack('<d', 1e308 * 10))

# native alignment
b = struct.pack('@bhbibqbd', 1, 2, 3, 4, 5, 6, 7, 8.0)
print(b, len(b), struct.unpack('@bhbibqbd', b))
print(struct.pack('@c3shi0q', b'z', b'ab', -1, 1), struct.pack('=c3shi', b'z', b'ab', -1, 1))

# unpack errors, iter_unpack, Struct
for args in [('<i', b'abc'), ('<i', b'abcde'), ('<i', 'abcd'), ('2x', b'\x00\x00'), ('x', b'')]:
    show(args, struct.unpack, *args)
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')), list(struct.iter_unpack('<h', b'')))
for args in [('<i', b'abcde'), ('', b''), ('<i', 'ab')]:
    show(args, lambda f, b: list(struct.iter_unpack(f, b)), *args)
s = struct.Struct('<2hxs')
print(s.format, s.size, s.pack(1, -1, b'q'), s.unpack(b'\x01\x00\xff\xff\x00q'))
print(list(s.iter_unpack(b'\x01\x00\xff\xff\x00q' * 2)))
s = struct.Struct(b'>I')
print(s.format, s.size, s.pack(0xdeadbeef), s.unpack(b'\x00\x00\x01\x00'))
it = s.iter_unpack(b'\x00\x00\x00\x01\x00\x00\x00\x02')
print(next(it), next(it), next(it, 'end'))
show('Struct int', struct.Struct, 3)
show('Struct bad', struct.Struct, '<qz')
print(issubclass(struct.error, Exception), struct.error.__name__)
print(struct.pack(b'<h', 5), struct.calcsize(b'<q'), struct.unpack(b'<b', b'\xff'))
