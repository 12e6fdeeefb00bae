import io
b = io.BytesIO(b"line1\nline2\nrest")
print(b.readline(), b.read(3), b.tell(), b.read(), b.read(), b.getvalue())
b.seek(0)
print(b.readlines())
w = io.BytesIO()
print(w.write(b"abc"), w.write(b"def"), w.getvalue(), w.tell())
w.seek(1)
w.write(b"XY")
print(w.getvalue(), w.truncate(3), w.getvalue(), list(io.BytesIO(b"a\nb\n")))
try:
    w.write("text")
except TypeError as e:
    print("TypeError:", e)
with io.BytesIO(b"x") as c:
    print(c.read())
print(c.closed)
s = io.StringIO("a\nb")
print(s.readline(), s.read(), s.getvalue())
try:
    s.write(b"x")
except TypeError as e:
    print("TypeError:", e)
