# os.path (CPython's posixpath), os.stat, os.walk, os.scandir and the stat module.
import os, os.path, sys
import tempfile
print(os.name, os.sep, os.path.join("a", "b", "/c", "d"), os.path.split("/x/y/z.txt"), os.path.normpath("a//b/../c/./d"))
print(os.path.isabs("/a"), os.path.relpath("/a/b/c", "/a/d"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.splitext("x.tar.gz"))
print(os.path.expanduser("~") == os.environ["HOME"], os.path.basename("/a/b/"), os.path.dirname("/a/b/"), os.path.commonprefix(["abc", "abd"]))
base = tempfile.mkdtemp()
os.makedirs(os.path.join(base, "x", "y"))
with open(os.path.join(base, "x", "f.txt"), "w") as f:
    f.write("hello")
st = os.stat(os.path.join(base, "x", "f.txt"))
print(st.st_size, len(st), st[6], os.path.getsize(os.path.join(base, "x", "f.txt")), os.path.isfile(os.path.join(base, "x", "f.txt")), os.path.isdir(os.path.join(base, "x")), os.path.islink(base), os.path.exists(os.path.join(base, "nope")))
import stat as st_mod
print(st_mod.S_ISREG(st.st_mode), st_mod.S_ISDIR(os.stat(base).st_mode), st_mod.filemode(st.st_mode)[0])
for dirpath, dirs, files in os.walk(base):
    print(os.path.relpath(dirpath, base), sorted(dirs), sorted(files))
for dirpath, dirs, files in os.walk(base, topdown=False):
    print(os.path.relpath(dirpath, base), sorted(dirs), sorted(files))
print(sorted(e.name for e in os.scandir(base)), [e.is_dir() for e in os.scandir(base)])
os.remove(os.path.join(base, "x", "f.txt")); os.rmdir(os.path.join(base, "x", "y")); os.rmdir(os.path.join(base, "x")); os.rmdir(base)
print(os.path.realpath("/tmp/../tmp/.") == os.path.realpath("/tmp"), os.fsencode("a"), os.getcwd() == os.path.abspath("."))
