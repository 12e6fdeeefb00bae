# glob: glob/iglob with wildcards, hidden files, recursive '**', trailing slashes, root_dir, escape, has_magic
import glob
import os

base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "glob_py_%d" % os.getpid())
files = ["a.txt", "b.txt", "c.py", ".hidden.txt", "x[1].txt", "q?.dat",
         "sub/d.txt", "sub/e.py", "sub/.h.txt", "sub/deep/f.txt", "sub/deep/g.py",
         ".hdir/i.txt", ".hdir/j.py", "sub2/k.txt", "empty/"]
for f in files:
    p = os.path.join(base, f)
    if f.endswith("/"):
        os.makedirs(p, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as fh:
            fh.write(f)


def show(pat, **kw):
    res = glob.glob(pat if kw.get("root_dir") else base + "/" + pat, **kw)
    if "root_dir" in kw:
        kw["root_dir"] = kw["root_dir"].replace(base, "BASE")
    print(repr(pat), kw, sorted(r.replace(base, "BASE") for r in res))


for pat in ["*", "*.txt", "?.txt", "[ab].txt", "[!a].*", ".*", "*/", "*/*.txt", "*/*/*", "s*/*.py",
            "sub", "sub/", "nothere", "nothere/*", "*/nothere", "x[[]1].txt", "q[?].dat", "q?.dat",
            "**", "**/*.py", ".h*/*", "*/.*", "sub/deep", "sub/deep/", "e*/", "a.txt/", "*.txt/"]:
    show(pat)

print("-- recursive")
for pat in ["**", "**/", "**/*.py", "**/*.txt", "sub/**", "sub/**/", "sub/**/*.py", "**/deep/*",
            "**/.*", ".hdir/**", "**/**/g.py", "sub/**/nothere"]:
    show(pat, recursive=True)
print("-- include_hidden")
for pat in ["*", "**/*.txt", "*/", "sub/*"]:
    show(pat, recursive=True, include_hidden=True)
show("*/*.py", include_hidden=True)

print("-- root_dir")
for pat in ["*.txt", "sub/*", "**/*.py", "**", "*/", "sub", "nothere", "", "*"]:
    show(pat, root_dir=base, recursive=True)
show("*.py", root_dir=os.path.join(base, "sub"))
show("", root_dir=base)
print(repr(glob.glob("")), repr(glob.glob("", recursive=True)))

print("-- iglob")
it = glob.iglob(os.path.join(base, "sub", "**", "*.txt"), recursive=True)
print(type(it).__name__ != "list", sorted(p.replace(base, "BASE") for p in it))
print(sorted(glob.iglob("**", root_dir=os.path.join(base, "sub"), recursive=True)))
print(sorted(glob.glob1(base, "*.py")), glob.glob0(base, "a.txt"), glob.glob0(base, "zz"), glob.glob0(base, ""))

print("-- escape / has_magic")
for s in ["abc", "a*c", "a?c", "a[b]c", "[*?[]", "a]b", "/x/*/y?", "dir/file[1].txt", ""]:
    print(repr(s), glob.has_magic(s), repr(glob.escape(s)))
print(glob.glob(glob.escape(os.path.join(base, "x[1].txt")))[0].replace(base, "BASE"))
print(glob.glob(glob.escape(os.path.join(base, "q?.dat")))[0].replace(base, "BASE"))

for f in sorted(files, key=len, reverse=True):
    p = os.path.join(base, f)
    if f.endswith("/"):
        os.rmdir(p)
    else:
        os.remove(p)
for d in ["sub/deep", "sub", ".hdir", "sub2", ""]:
    os.rmdir(os.path.join(base, d) if d else base)
print(os.path.exists(base))
