# open(): text and binary files, modes, iteration, seek/tell, universal newlines, errors; os file functions
import io
import os

base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "gilscope-files-" + str(os.getpid()))
os.makedirs(base, exist_ok=True)
path = os.path.join(base, "notes.txt")

with open(path, "w") as f:
    print(f.write("first line\n"), f.writable(), f.readable(), f.closed)
    f.writelines(["second\n", "third — ünïcode\n"])
    print("x", "y", file=f) if False else f.write("last, no newline")
print(f.closed, os.path.getsize(path))

with open(path) as f:
    print(repr(f.readline()))
    print([line.rstrip("\n") for line in f])

with open(path, encoding="utf-8") as f:
    print(f.read(5), "|", f.read(6), "|", len(f.read()))
    print(repr(f.read()))
    f.seek(0)
    print(f.readlines()[:2], f.tell() == os.path.getsize(path))

with open(path, "a") as f:
    f.write("\nappended\n")
with open(path) as f:
    print(f.read().splitlines()[-2:])

with open(path, "rb") as f:
    head = f.read(5)
    print(head, f.tell(), f.readline(), f.seek(-9, 2), f.read())
    f.seek(0)
    print(len(f.read()), f.read(), f.read(3))

data = bytes(range(256)) * 3
with open(os.path.join(base, "blob.bin"), "wb") as f:
    print(f.write(data))
with open(os.path.join(base, "blob.bin"), "rb") as f:
    print(f.read() == data)

with open(os.path.join(base, "crlf.txt"), "wb") as f:
    f.write(b"one\r\ntwo\rthree\n")
with open(os.path.join(base, "crlf.txt")) as f:
    print(f.readlines())
with open(os.path.join(base, "crlf.txt"), "rb") as f:
    print(f.read())

with open(os.path.join(base, "rw.txt"), "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(f.read(5), f.read())

for bad in [lambda: open(os.path.join(base, "missing.txt")),
            lambda: open(base),
            lambda: open(path, "x"),
            lambda: open(path, "rw"),
            lambda: open(path, "rb", encoding="utf-8")]:
    try:
        bad()
    except (OSError, ValueError) as e:
        print(type(e).__name__, str(e).replace(base, "BASE"))

try:
    open(os.path.join(base, "missing.txt"))
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == os.path.join(base, "missing.txt"))

f = open(path)
f.close()
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
with open(path, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))

for name in sorted(os.listdir(base)):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))

# newline='' reads line ends as they are; next() of a Python iterator; property(fget, fset); module __doc__ and __dict__
import os
p = os.path.join(os.environ.get("TMPDIR", "/tmp"), "gilscope-nl-" + str(os.getpid()))
with open(p, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(p, newline="") as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print([line for line in f][-1])
os.remove(p)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
class H:
    def g(self): return self._n
    def s(self, v): self._n = v
    name = property(g, s)
h = H(); h.name = 4; print(h.name, property(H.g, H.s).fset is H.s)
import textwrap, types
print(textwrap.__doc__ is not None, "dedent" in textwrap.__dict__, types.__doc__ is None or isinstance(types.__doc__, str))
