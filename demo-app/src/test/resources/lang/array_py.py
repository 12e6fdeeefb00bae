from array import array
a = array('i', [1, 2, 3])
a.append(4); a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:3], list(a), sum(a), a.typecode, a.itemsize, 3 in a, a.index(4), a.count(2))
a[0] = 10
a.insert(1, 7); a.remove(7); a.reverse()
print(a, a.pop(), a.tolist(), array('d', [1.5, 2.5]), array('b'), array('u', 'hi') if False else '', a == array('i', [6, 5, 4, 3, 2, 10][:5]))
b = array('B', [1, 2, 255])
print(b.tobytes(), array('B', b'\x01\x02'), len(array('q', range(5))), array('f', [0.5]) + array('f', [1.0]), array('i', [1]) * 3)
for bad in [lambda: array('i', [1.5]), lambda: array('B', [256]), lambda: array('x')]:
    try:
        bad()
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
c = array('h', [-2, 300])
print(c.tobytes(), array('h', c.tobytes()), array('I', [1]).itemsize, array('d').itemsize)
for bad in [lambda: array('h', [40000]), lambda: array('i', [1]) + array('d', [1.0]), lambda: array('i').pop(), lambda: array('i', [1]).remove(2)]:
    try:
        bad()
    except (TypeError, OverflowError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    array("i") + [1]
except TypeError as e:
    print("TypeError:", e)
