# bytearray: mutable bytes, with bytes' methods returning bytearrays.
b = bytearray(b'abc')
b[0] = 65
b.append(100)
b.extend(b'xy')
b += b'!'
print(b, bytes(b), len(b), b.decode(), bytearray(3), bytearray('hé', 'utf-8'), bytearray([1, 2, 255]))
print(b[1], b[1:3], b[-1], list(b[:2]), 65 in b, b'cd' in b, b == b'Abcdxy!', b.upper(), b.find(b'c'), b.hex(), b.split(b'c'))
del b[0]
b[0:2] = b'ZZZ'
print(b, b.pop(), b, b.startswith(b'ZZ'), b'<' + b + b'>', b + b'.', bytearray(b'ab') * 2, type(b).__name__, repr(type(b)))
b.insert(0, 48); b.remove(90); b.reverse()
print(b, b.count(b'Z'), isinstance(b, bytearray), bytearray.fromhex('6869'), b.copy() is not b, sorted(bytearray(b'cab')))
try:
    b.append(256)
except ValueError as e:
    print('ValueError', e)
try:
    hash(b)
except TypeError as e:
    print('TypeError', e)
try:
    b.nosuch
except AttributeError as e:
    print('AttributeError', e)
