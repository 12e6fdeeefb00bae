import os
import sys
import warnings

HERE = os.path.basename(__file__)

# The categories.
cats = [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
        RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
        ResourceWarning, EncodingWarning]
for c in cats:
    print(c.__name__, c, issubclass(c, Warning), issubclass(c, Exception), c.__mro__[1].__name__)
print(repr(UserWarning('careful')), str(UserWarning('careful')), UserWarning('a', 'b').args)


def show(log):
    return [(w.category.__name__, str(w.message), type(w.message).__name__) for w in log]


# The default filters.
print([(a, m, c.__name__, mod, ln) for (a, m, c, mod, ln) in warnings.filters])
print(warnings.defaultaction, warnings.onceregistry)

with warnings.catch_warnings(record=True) as log:
    warnings.warn("plain")
    warnings.warn("deprecated here", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("import", ImportWarning)
    warnings.warn("resource", ResourceWarning)
    warnings.warn("runtime", RuntimeWarning)
    warnings.warn(FutureWarning("an instance"))
    warnings.warn(UserWarning("instance wins"), DeprecationWarning)
    for i in range(3):
        warnings.warn("in a loop")
    for i in range(3):
        warnings.warn("loop %d" % i)
print(show(log))
print(all(isinstance(w, warnings.WarningMessage) for w in log), log[0].file, log[0].line, log[0].source)
print(isinstance(log[0].message, UserWarning), isinstance(log[0].lineno, int), isinstance(log[0].filename, str))

# simplefilter actions.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(3):
        warnings.warn("again")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("pend", PendingDeprecationWarning)
print('always', show(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.warn("nothing")
    warnings.warn("nothing", RuntimeWarning)
print('ignore', log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    warnings.warn("once only")
    warnings.warn("once only")
    warnings.warn("once only", RuntimeWarning)
    for i in range(2):
        warnings.warn("once only")
print('once', show(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("per module")
print('module', show(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("per location")
    warnings.warn("dep default", DeprecationWarning)
print('default', show(log))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print('raised', type(e).__name__, e, e.args)
    try:
        warnings.warn("dep boom", DeprecationWarning)
    except DeprecationWarning as e:
        print('raised', type(e).__name__, e)
    try:
        warnings.warn(RuntimeWarning("instance boom"))
    except Warning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("error", category=RuntimeWarning)
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("ignore", UserWarning)
        warnings.warn("quiet")
        try:
            warnings.warn("loud", RuntimeWarning)
        except RuntimeWarning as e:
            print('nested raised', e)
    print('nested', log)

# filterwarnings: message (a regex, case-insensitive, matched at the start), category, module.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="spam")
    warnings.filterwarnings("ignore", message=r"eggs \d+")
    warnings.filterwarnings("error", message="fatal", category=RuntimeWarning)
    warnings.filterwarnings("ignore", category=FutureWarning, module="__main__")
    warnings.filterwarnings("error", category=SyntaxWarning, module="elsewhere")
    warnings.warn("spam and eggs")
    warnings.warn("SPAM")
    warnings.warn("more spam")
    warnings.warn("eggs 12 please")
    warnings.warn("eggs twelve")
    warnings.warn("fatal but a user warning")
    try:
        warnings.warn("fatal runtime", RuntimeWarning)
    except RuntimeWarning as e:
        print('filter raised', e)
    warnings.warn("future", FutureWarning)
    warnings.warn("syntax", SyntaxWarning)
    print([(a, m.pattern if m is not None else None, c.__name__, mod.pattern if mod is not None else None, ln)
           for (a, m, c, mod, ln) in warnings.filters[:5]])
print('filterwarnings', show(log))

# Filters: duplicates are moved to the front; append=True adds at the end, once.
with warnings.catch_warnings():
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("error", RuntimeWarning)
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("always", append=True)
    warnings.simplefilter("always", append=True)
    warnings.simplefilter("once", DeprecationWarning, lineno=5)
    print([(a, c.__name__, ln) for (a, m, c, mod, ln) in warnings.filters])
    try:
        warnings.simplefilter("sometimes")
    except AssertionError as e:
        print('AssertionError', e)
    try:
        warnings.filterwarnings("ignore", category=int)
    except AssertionError as e:
        print('AssertionError', e)
    try:
        warnings.filterwarnings("ignore", lineno=-1)
    except AssertionError as e:
        print('AssertionError', e)
print(len(warnings.filters))

# Bad categories.
try:
    warnings.warn("x", int)
except TypeError as e:
    print('TypeError', e)
try:
    warnings.warn("x", "UserWarning")
except TypeError as e:
    print('TypeError', e)

# warn_explicit: a given location, module and registry.
registry = {}
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(2):
        warnings.warn_explicit("explicit", UserWarning, "some/file.py", 42, registry=registry)
    warnings.warn_explicit("explicit", UserWarning, "some/file.py", 43, registry=registry)
    warnings.warn_explicit("explicit", UserWarning, "some/file.py", 42)
    warnings.warn_explicit(UserWarning("as instance"), None, "other.py", 7, module="othermod")
    warnings.filterwarnings("ignore", module="quiet")
    warnings.warn_explicit("muted", UserWarning, "x.py", 1, module="quietmod")
    warnings.warn_explicit("not muted", UserWarning, "x.py", 1, module="loudmod")
    warnings.warn_explicit("by name", UserWarning, "quiet.py", 3)
    warnings.filterwarnings("error", lineno=99)
    try:
        warnings.warn_explicit("line 99", UserWarning, "x.py", 99, registry={})
    except UserWarning as e:
        print('line filter raised', e)
    warnings.warn_explicit("line 98", UserWarning, "x.py", 98, registry={})
print([(w.filename, w.lineno, str(w.message), w.category.__name__) for w in log])
print(sorted(k for k in registry if k != 'version'))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    reg = {}
    warnings.warn_explicit("m", UserWarning, "f.py", 1, module="mod", registry=reg)
    warnings.warn_explicit("m", UserWarning, "f.py", 2, module="mod", registry=reg)
    warnings.simplefilter("once")
    warnings.warn_explicit("o", UserWarning, "f.py", 1, registry={})
    warnings.warn_explicit("o", UserWarning, "g.py", 2, registry={})
print([(w.filename, w.lineno, str(w.message)) for w in log])

# WarningMessage.
wm = warnings.WarningMessage(UserWarning("hello"), UserWarning, "a.py", 3)
print(str(wm))
wm = warnings.WarningMessage("text", RuntimeWarning, "b.py", 4, None, "x = 1")
print(str(wm), wm.file, wm.source)

# formatwarning and showwarning.
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 10)))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 10, "  code()  ")))
print(repr(warnings.formatwarning(UserWarning("inst"), UserWarning, __file__, 1).replace(__file__, HERE)))
print(repr(warnings.formatwarning("line three", UserWarning, __file__, 3).replace(__file__, HERE)))
warnings.showwarning("shown", RuntimeWarning, "somewhere.py", 12, sys.stdout)
warnings.showwarning("shown with line", RuntimeWarning, "somewhere.py", 12, sys.stdout, "the line")


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


# Warnings go to sys.stderr as it is when they are shown.
buf = Collect()
saved = sys.stderr
sys.stderr = buf
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn_explicit("to stderr", UserWarning, __file__, 4)
        warnings.warn_explicit("no such line", FutureWarning, __file__, 100000)
finally:
    sys.stderr = saved
print([part.replace(__file__, HERE) for part in buf.parts])
buf = Collect()
sys.stderr = buf
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn_explicit("with a source", ResourceWarning, "r.py", 9, source=object())
finally:
    sys.stderr = saved
print(buf.parts)

# A replaced showwarning and formatwarning.
shown = []


def my_showwarning(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, file, line))


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_showwarning
    warnings.warn("custom")
    warnings.warn_explicit("custom explicit", RuntimeWarning, "f.py", 5)
print(shown)
print(warnings.showwarning is my_showwarning)

buf = Collect()
saved_format = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: "[%s] %s\n" % (category.__name__, message)
sys.stderr = buf
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("formatted")
        warnings.warn_explicit("formatted explicit", ImportWarning, "f.py", 5)
finally:
    sys.stderr = saved
    warnings.formatwarning = saved_format
print(buf.parts)

# catch_warnings restores filters and showwarning, and can be given an action.
before = list(warnings.filters)
sw = warnings.showwarning
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw as log:
    warnings.simplefilter("ignore")
    print(warnings.showwarning is sw)
    try:
        with cw:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
print(warnings.filters == before, warnings.showwarning is sw)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError', e)

with warnings.catch_warnings(action="ignore"):
    warnings.warn("silenced by action")
with warnings.catch_warnings(record=True, action="always") as log:
    warnings.warn("a1")
    warnings.warn("a1")
print('action', show(log))
with warnings.catch_warnings(record=True, action="error", category=RuntimeWarning) as log:
    warnings.simplefilter("always", UserWarning)
    warnings.warn("user is fine")
    try:
        warnings.warn("runtime is not", RuntimeWarning)
    except RuntimeWarning as e:
        print('action raised', e)
print(show(log))
print(warnings.filters == before)


# A library function warning its callers.
def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    print(old_api(21))
print(show(log))
print(sorted(n for n in ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
                         "simplefilter", "resetwarnings", "catch_warnings"] if n in warnings.__all__))

# Registries, as CPython's _warnings keeps them: "once" and "module" per registry.
seen = []
saved_show = warnings.showwarning
warnings.showwarning = lambda m, c, f, l, file=None, line=None: seen.append((str(m), f, l))


def run(action, calls):
    seen[:] = []
    with warnings.catch_warnings():
        warnings.resetwarnings()
        warnings.simplefilter(action)
        regs = {}
        for text, f, l, r in calls:
            reg = None if r is None else regs.setdefault(r, {})
            warnings.warn_explicit(text, UserWarning, f, l, module='mod', registry=reg)
        print(action, seen, {k: sorted((kk for kk in v if kk != 'version'), key=repr) for k, v in sorted(regs.items())},
              sorted(k for k in warnings.onceregistry if k != 'version'))
        warnings.onceregistry.clear()


run('module', [('m', 'f.py', 1, 'A'), ('m', 'f.py', 2, 'A'), ('m', 'f.py', 3, 'B'), ('m', 'f.py', 0, 'C'), ('m', 'f.py', 0, 'C')])
run('module', [('n', 'f.py', 1, None), ('n', 'f.py', 2, None)])
run('once', [('o', 'f.py', 1, 'A'), ('o', 'f.py', 2, 'A'), ('o', 'g.py', 3, 'B'), ('o', 'g.py', 4, None), ('o', 'g.py', 5, None)])
run('default', [('d', 'f.py', 1, 'A'), ('d', 'f.py', 1, 'A'), ('d', 'f.py', 2, 'A'), ('d', 'f.py', 1, None), ('d', 'f.py', 1, None)])
run('always', [('a', 'f.py', 1, 'A'), ('a', 'f.py', 1, 'A')])
run('ignore', [('i', 'f.py', 1, 'A')])
r = {}
warnings.warn_explicit('x', UserWarning, 'f.py', 1, registry=r)
print(sorted((k for k in r if k != 'version'), key=repr), 'version' in r)
warnings.warn_explicit('x', UserWarning, 'f.py', 1, registry=r)
print(len(seen))
warnings.simplefilter('default')
warnings.warn_explicit('x', UserWarning, 'f.py', 1, registry=r)
print(len(seen))
try:
    warnings.warn_explicit('x', UserWarning, 'f.py', 1, registry=[])
except TypeError as e:
    print('TypeError', e)
warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
try:
    warnings.warn_explicit('x', UserWarning, 'f.py', 7)
except RuntimeError as e:
    print('RuntimeError', e)
del warnings.filters[0]
warnings.filterwarnings('error', module='some/path/mod$')
warnings.warn_explicit('m', UserWarning, 'some/path/mod.PY', 1)
try:
    warnings.warn_explicit('m', UserWarning, 'some/path/mod.py', 1)
except UserWarning as e:
    print('module from filename', e)
warnings.showwarning = saved_show
warnings.resetwarnings()
print(seen)
token = object()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("has source", ResourceWarning, source=token)
    warnings.warn_explicit("explicit source", ResourceWarning, "s.py", 1, source=token)
print([(str(w.message), w.source is token, w.file) for w in log])
