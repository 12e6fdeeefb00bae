# os calls on the wrong kind of file get CPython's errors and leave the files alone; paths may be os.PathLike.
import os
import tempfile

base = tempfile.mkdtemp()
d, e, f = (os.path.join(base, n) for n in "def")
os.mkdir(d)
os.mkdir(e)
with open(f, "w") as fh:
    fh.write("keep me")


def attempt(label, fn, *args):
    try:
        fn(*args)
        print(label, "ok")
    except OSError as err:
        print(label, type(err).__name__, err.errno, err.strerror)


attempt("rmdir a file", os.rmdir, f)
print("the file is still there:", os.path.exists(f))
attempt("rename a file onto a directory", os.rename, f, d)
attempt("rename a directory onto a file", os.rename, d, f)
attempt("listdir of a file", os.listdir, f)
attempt("listdir of nothing", os.listdir, os.path.join(base, "missing"))
attempt("mkdir under a file", os.mkdir, os.path.join(f, "x"))
attempt("rmdir a directory that is not empty", os.rmdir, base)
attempt("rename a directory onto an empty one", os.rename, d, e)
print(sorted(os.listdir(base)), open(f).read())


class PathLike:
    def __fspath__(self):
        return f


print(open(PathLike()).read(), os.fspath(PathLike()) == f, os.path.exists(PathLike()), os.path.isfile(PathLike()))
try:
    open(3.5)
except TypeError as err:
    print("TypeError", err)
os.remove(f)
os.rmdir(e)
os.rmdir(base)
print(os.path.exists(base))
