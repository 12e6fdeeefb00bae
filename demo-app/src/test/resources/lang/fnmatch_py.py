# fnmatch: fnmatch, fnmatchcase, filter, translate, on plain names and on a real directory listing
import fnmatch
import os

cases = [
    ("abc", "abc"), ("abc", "a?c"), ("abc", "a*"), ("abc", "*c"), ("abc", "*b*"),
    ("abc", "a*d"), ("", "*"), ("", ""), ("a", ""), (".hidden", "*"), ("a/b", "a*b"),
    ("a\nb", "a*b"), ("a\nb", "a?b"), ("abc", "[abc]bc"), ("abc", "[!a]bc"), ("xbc", "[!a]bc"),
    ("a-c", "a[-]c"), ("abc", "a[a-c]c"), ("adc", "a[a-c]c"), ("a]c", "a[]]c"), ("a]c", "a[!]]c"),
    ("a[c", "a[c"), ("a[", "a["), ("a!c", "a[!]c"), ("a\\c", "a[\\]c"), ("a^c", "a[^]c"),
    ("a&c", "a[&&]c"), ("a~c", "a[~~]c"), ("a|c", "a[||]c"), ("abc", "a[z-a]c"), ("a-c", "a[z-a-]c"),
    ("foo.py", "*.py"), ("foo.pyc", "*.py"), ("Foo.PY", "*.py"), ("aaaaab", "*a*a*b"), ("aaaaa", "*a*a*b"),
    ("a.b.c", "*.*"), ("a+b", "a+b"), ("a(b)", "a(b)"), ("a$", "a$"), ("ab", "a**b"), ("ab", "?*?"),
]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))

for pat in ["*", "*.py", "a?c", "[!abc]*", "[a-c]x[0-9]", "*a*b*c", "[]", "[!]", "[", "a[b-]", "x[!-]y",
            "**", "a*b?c*", "[a-z][!0-9]*.txt", "[&&x]", "*\\*"]:
    print(repr(pat), repr(fnmatch.translate(pat)))

names = ["setup.py", "README.md", "main.py", "test_main.py", ".env", "data.csv", "Makefile", "x.PY"]
print(fnmatch.filter(names, "*.py"))
print(fnmatch.filter(names, "*.[cm]*"))
print(fnmatch.filter(names, "[!.]*"))
print(fnmatch.filter(names, "test_*"))
print(fnmatch.filter(iter(names), "?????.*"))
print(fnmatch.filter([], "*"))

base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "fnmatch_py_%d" % os.getpid())
os.makedirs(base, exist_ok=True)
for n in names:
    with open(os.path.join(base, n), "w") as f:
        f.write(n)
listing = sorted(os.listdir(base))
print(listing)
print(sorted(fnmatch.filter(listing, "*.py")))
print(sorted(n for n in listing if fnmatch.fnmatch(n, "*[A-Z]*")))
print(sorted(os.path.join(base, n).replace(base, "BASE") for n in listing if fnmatch.fnmatch(os.path.join(base, n), "*/*.??")))
for n in names:
    os.remove(os.path.join(base, n))
os.rmdir(base)
print(os.path.exists(base))

try:
    fnmatch.fnmatch("abc", 1)
except TypeError as e:
    print("TypeError")
