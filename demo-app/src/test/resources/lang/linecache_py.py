"""linecache: reading source lines as tracebacks, debuggers and loggers do."""
import linecache
import os
import sys

here = __file__
print(repr(linecache.getline(here, 1)))
print(repr(linecache.getline(here, 2)), repr(linecache.getline(here, 0)), repr(linecache.getline(here, 100000)))
lines = linecache.getlines(here)
print(len(lines) > 20, lines[0] == linecache.getline(here, 1), all(l.endswith('\n') for l in lines))
print(here in linecache.cache, len(linecache.cache[here]), linecache.cache[here][2] is lines,
      linecache.cache[here][3] == here, linecache.cache[here][0] == os.path.getsize(here))

name = '_linecache_sample.txt'
with open(name, 'w') as f:
    f.write('first line\nsecond line\n\n    indented fourth\nno newline at end')
print([linecache.getline(name, i) for i in range(0, 7)])
print(linecache.getlines(name))
print(linecache.getline(os.path.abspath(name), 2) == 'second line\n', os.path.abspath(name) in linecache.cache)

# the cache keeps the old text until checkcache() sees the file changed
with open(name, 'w') as f:
    f.write('rewritten\n')
print(repr(linecache.getline(name, 1)))
linecache.checkcache(name)
print(name in linecache.cache, repr(linecache.getline(name, 1)), linecache.getlines(name))
linecache.checkcache()
print(name in linecache.cache)

os.remove(name)
linecache.checkcache(name)
print(name in linecache.cache, linecache.getlines(name), repr(linecache.getline(name, 1)))

# universal newlines, coding cookies and BOMs, as tokenize.open() reads them
with open(name, 'wb') as f:
    f.write(b'a\r\nb\rc\n')
print(linecache.getlines(name))
linecache.clearcache()
print(linecache.cache)
with open(name, 'wb') as f:
    f.write(b'# -*- coding: latin-1 -*-\nname = "caf\xe9"\n')
print(linecache.getlines(name))
linecache.clearcache()
with open(name, 'wb') as f:
    f.write(b'\xef\xbb\xbfx = "\xc3\xa9t\xc3\xa9"\n')
print(linecache.getlines(name))
linecache.clearcache()
with open(name, 'wb') as f:
    f.write(b'\xff\xfe bad utf-8\n')
print(linecache.getlines(name))
os.remove(name)

# names that are not files
print(linecache.getlines(''), linecache.getlines('<string>'), linecache.getlines('<stdin>'))
print(linecache.getlines('/no/such/file.py'), linecache.getline('no_such_module_file.py', 3))
print(linecache.getlines('.'), linecache.getline(os.getcwd(), 1))
print(sorted(linecache.cache))


# sources from a module loader (PEP 302), fetched lazily
class Loader:
    calls = 0

    def get_source(self, name):
        Loader.calls += 1
        return 'def f():\n    return %r\n' % name


g = {'__name__': 'virtual_mod', '__loader__': Loader()}
print(linecache.lazycache('virtual_mod.py', g), len(linecache.cache['virtual_mod.py']), Loader.calls)
print(linecache.lazycache('virtual_mod.py', g))
print(linecache.getlines('virtual_mod.py', g), Loader.calls)
print(linecache.cache['virtual_mod.py'][:2], linecache.cache['virtual_mod.py'][3])
print(linecache.getline('other_mod.py', 2, {'__name__': 'other_mod', '__loader__': Loader()}), Loader.calls)
linecache.checkcache()
print('virtual_mod.py' in linecache.cache, linecache.lazycache('<x>', g), linecache.lazycache('', g))
print(linecache.lazycache('nomod.py', {'__name__': 'nomod'}), linecache.lazycache('nomod.py', None))


class NoSource:
    def get_source(self, name):
        return None


print(linecache.getlines('gone.py', {'__name__': 'gone', '__loader__': NoSource()}))


def show(filename, lineno):
    line = linecache.getline(filename, lineno)
    return '%s:%d: %s' % (os.path.basename(filename), lineno, line.strip() or '<blank>')


for n in (1, 3, 4):
    print(show(here, n))
linecache.clearcache()
print(len(linecache.cache), linecache.getline(here, 2).strip())
print(sorted(linecache.__all__))
