# tempfile: gettempdir, mkdtemp, mktemp, NamedTemporaryFile, TemporaryDirectory (names are random: print their shape)
import os
import tempfile

tmp = os.environ.get("TMPDIR", "/tmp")
base = os.path.join(tmp, "tempfile_py_%d" % os.getpid())
os.mkdir(base)


def shape(path, prefix="tmp", suffix=""):
    d, n = os.path.dirname(path), os.path.basename(path)
    core = n[len(prefix):len(n) - len(suffix)] if suffix else n[len(prefix):]
    ok = n.startswith(prefix) and n.endswith(suffix) and len(core) == 8 and \
        all(c in "abcdefghijklmnopqrstuvwxyz0123456789_" for c in core)
    return d.replace(base, "BASE"), ok


print(tempfile.gettempdir() == os.path.abspath(tmp), tempfile.gettempdir() == tempfile.gettempdir())
print(tempfile.gettempprefix(), tempfile.template, tempfile.TMP_MAX > 0)

print("-- mkdtemp")
d1 = tempfile.mkdtemp(dir=base)
d2 = tempfile.mkdtemp(suffix=".d", prefix="pre_", dir=base)
print(shape(d1), shape(d2, "pre_", ".d"), d1 != d2, os.path.isdir(d1), os.path.isdir(d2))
print(sorted(os.listdir(base)) == sorted([os.path.basename(d1), os.path.basename(d2)]))
d3 = tempfile.mkdtemp()
print(os.path.dirname(d3) == tempfile.gettempdir(), os.path.isdir(d3))
os.rmdir(d3)
os.rmdir(d1)
os.rmdir(d2)
m = tempfile.mktemp(suffix=".x", dir=base)
print(shape(m, "tmp", ".x"), os.path.exists(m))

print("-- NamedTemporaryFile")
f = tempfile.NamedTemporaryFile(dir=base)
print(shape(f.name), os.path.isfile(f.name), f.delete)
f.write(b"hello\nworld\n")
f.seek(0)
print(f.read())
f.seek(0)
print(list(f))
name = f.name
f.close()
print(os.path.exists(name), f.closed)
f.close()

with tempfile.NamedTemporaryFile("w+", suffix=".txt", prefix="nt_", dir=base) as f:
    print(shape(f.name, "nt_", ".txt"), type(f).__name__)
    f.write("line one\nline two\n")
    f.flush()
    with open(f.name) as g:
        print(repr(g.read()))
    f.seek(0)
    print([line for line in f])
    name = f.name
print(os.path.exists(name))

with tempfile.NamedTemporaryFile("w", dir=base, delete=False) as f:
    f.write("kept")
    name = f.name
print(os.path.exists(name), open(name).read())
os.remove(name)

with tempfile.NamedTemporaryFile("r+", dir=base, encoding="utf-8") as f:
    f.write("r+ mode")
    f.seek(0)
    print(f.read())

try:
    with tempfile.NamedTemporaryFile(dir=base) as f:
        name = f.name
        raise ValueError("boom")
except ValueError as e:
    print("ValueError", e, os.path.exists(name))

print("-- TemporaryDirectory")
with tempfile.TemporaryDirectory(dir=base) as td:
    print(shape(td), os.path.isdir(td))
    os.makedirs(os.path.join(td, "a", "b", "c"))
    with open(os.path.join(td, "a", "f.txt"), "w") as fh:
        fh.write("x")
    with open(os.path.join(td, "a", "b", "c", "g.txt"), "w") as fh:
        fh.write("y")
    os.mkdir(os.path.join(td, "empty"))
    with open(os.path.join(td, ".hidden"), "w") as fh:
        fh.write("z")
    print(sorted(os.listdir(td)))
print(os.path.exists(td))

t = tempfile.TemporaryDirectory(suffix="_s", prefix="p_", dir=base)
print(shape(t.name, "p_", "_s"), repr(t).startswith("<TemporaryDirectory '" + base))
os.mkdir(os.path.join(t.name, "sub"))
t.cleanup()
print(os.path.exists(t.name))
t.cleanup()
t2 = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
t2.cleanup()
print(os.path.exists(t2.name))

print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
