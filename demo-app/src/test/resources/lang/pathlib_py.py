import os
import pathlib
from pathlib import PurePath, PurePosixPath, Path, PosixPath

# ---- pure operations ----
p = PurePath('/usr/local/lib/python3.11/site-packages/pkg.tar.gz')
print(type(p).__name__, repr(p), str(p))
print(p.parts)
print(p.name, p.suffix, p.suffixes, p.stem, p.anchor, repr(p.root), repr(p.drive))
print(p.parent, p.parent.parent.name)
print(list(p.parents))
print(len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::-2], repr(p.parents))
print(p.is_absolute(), PurePath('a/b').is_absolute(), p.is_reserved())
for s in ['', '.', 'a', 'a/', 'a//b', './a/./b/.', '/', '//', '///a', '//a/b', 'a/../b', '~/x', '.hidden',
          'archive.tar.gz', 'noext.', 'a.b/c', '..', '/..', 'x/..']:
    q = PurePosixPath(s)
    print(repr(s), repr(q), str(q), q.parts, repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem),
          repr(q.anchor), q.parent, q.as_posix())
print(PurePath('a', 'b', 'c'), PurePath('a', '/b', 'c'), PurePath('/a', PurePath('b', 'c'), 'd'), PurePath())
print(PurePath('a') / 'b' / 'c', 'x' / PurePath('y'), PurePath('/a') / '/etc', PurePath('a').joinpath('b', 'c/d'))
print(PurePath('a') / PurePath('b'), Path('r') / 's', type(Path('r') / 's').__name__, type('q' / Path('r')).__name__)
try:
    PurePath('a') / 3
except TypeError as e:
    print('TypeError:', e)
try:
    PurePath(3)
except TypeError as e:
    print('TypeError:', e)
try:
    PurePath(b'bytes')
except TypeError as e:
    print('TypeError:', e)
class Fs:
    def __fspath__(self):
        return 'from/fspath'
print(PurePath(Fs()), PurePath('base', Fs()))
print(PurePath('a/b/c.txt').with_name('d.py'), PurePath('a/b/c.txt').with_suffix('.md'),
      PurePath('a/b/c.txt').with_suffix(''), PurePath('a/b/c').with_suffix('.x'),
      PurePath('a/b.tar.gz').with_suffix('.bz2'), PurePath('a/b/c.txt').with_stem('e'))
for f, arg in [('with_name', ''), ('with_name', 'x/y'), ('with_name', '/abs'), ('with_suffix', 'txt'),
               ('with_suffix', '.'), ('with_suffix', '.a/b'), ('with_stem', '')]:
    try:
        print(getattr(PurePath('a/b.c'), f)(arg))
    except ValueError as e:
        print('ValueError:', e)
for base in ['/', '', '.']:
    try:
        print(PurePath(base).with_name('x'))
    except ValueError as e:
        print('ValueError:', e)
    try:
        print(PurePath(base).with_suffix('.x'))
    except ValueError as e:
        print('ValueError:', e)
print(PurePath('/etc/passwd').relative_to('/'), PurePath('/etc/passwd').relative_to('/etc'),
      PurePath('a/b/c').relative_to('a'), PurePath('a/b/c').relative_to('a', 'b'), PurePath('a/b').relative_to('a/b'))
for a, b in [('/etc/passwd', '/usr'), ('a/b', '/a'), ('/a', 'a'), ('a', 'b')]:
    try:
        PurePath(a).relative_to(b)
    except ValueError as e:
        print('ValueError:', e)
try:
    PurePath('a').relative_to()
except TypeError as e:
    print('TypeError:', e)
print(PurePath('/a/b').is_relative_to('/a'), PurePath('/a/b').is_relative_to('/c'), PurePath('a/b').is_relative_to('a/b/c'))
for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'), ('/a.py', '/*.py'),
                  ('a/b.py', '/*.py'), ('b.py', 'a/*.py'), ('a/b/c.py', '**/*.py'), ('README', 'READ??'),
                  ('x.PY', '*.py'), ('data/f1.csv', 'f[0-9].csv'), ('data/fa.csv', 'f[!0-9].csv'),
                  ('/x/y', '/x/y'), ('/x/y', '/y')]:
    print(path, pat, PurePath(path).match(pat))
try:
    PurePath('a').match('')
except ValueError as e:
    print('ValueError:', e)
print(PurePath('a/b') == PurePath('a//b/'), PurePath('a') == PurePosixPath('a'), PurePath('a') == 'a',
      Path('a') == PurePath('a'), PurePath('a') != PurePath('A'), PurePath('/a') == PurePath('a'))
print(hash(PurePath('a/b')) == hash(PurePath('a', 'b')), len({PurePath('x'), PurePath('./x'), PurePath('x/')}))
print(sorted([PurePath('b'), PurePath('a/c'), PurePath('a'), PurePath('/z'), PurePath('a/b')]))
print(PurePath('a') < PurePath('b'), PurePath('a/b') > PurePath('a'), PurePath('a') <= PurePath('a'), PurePath('b') >= PurePath('c'))
try:
    PurePath('a') < 'b'
except TypeError as e:
    print('TypeError:', e)
print(PurePath('/tmp/a b').as_uri(), PurePath('/x/é%#').as_uri())
try:
    PurePath('rel').as_uri()
except ValueError as e:
    print('ValueError:', e)
print(PurePath('/a/b').__bytes__(), os.path.join(str(PurePath('a')), 'b'), PurePath('a/b').__fspath__())
print({PurePath('k'): 1}[PurePath('k')], PurePath('a/b') in [PurePath('a', 'b')])
print(isinstance(Path('x'), PurePath), isinstance(Path('x'), PosixPath), isinstance(PurePath('x'), Path),
      issubclass(PosixPath, PurePosixPath), type(Path()).__name__, repr(Path()), repr(PosixPath('q')))
print(Path('a/b').parent, type(Path('a/b').parent).__name__, [type(x).__name__ for x in Path('a/b').parents])
print([n for n in ['PurePath', 'PurePosixPath', 'Path', 'PosixPath'] if n in pathlib.__all__])

# ---- concrete operations ----
here = Path.cwd()
print(here == Path(os.getcwd()), here.is_absolute(), Path.home() == Path(os.environ['HOME']),
      Path('~/docs').expanduser() == Path(os.environ['HOME']) / 'docs', Path('/x/~').expanduser(), Path('x').expanduser())
try:
    Path('~nosuchuser_zz/x').expanduser()
except RuntimeError as e:
    print('RuntimeError:', e)
print(Path('a/b').absolute() == here / 'a' / 'b', Path('/abs').absolute())
print(Path('a/./b/../c').resolve() == here / 'a' / 'c', Path('/x/../y/./z/..').resolve(), Path('/..').resolve())

import tempfile
base = Path(tempfile.mkdtemp()) / 'pathlib_test'
def rel(p):
    return p.relative_to(base).as_posix()
def clean(d):
    if d.is_dir():
        for c in d.iterdir():
            clean(c)
        d.rmdir()
    elif d.exists():
        d.unlink()
clean(base)
base.mkdir(parents=True)
print(base.exists(), base.is_dir(), base.is_file(), base.is_symlink())
try:
    base.mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno, rel(Path(e.filename)))
base.mkdir(exist_ok=True)
deep = base / 'a' / 'b' / 'c'
try:
    deep.mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
deep.mkdir(parents=True)
deep.mkdir(parents=True, exist_ok=True)
print(rel(deep), deep.is_dir())

f = base / 'notes.txt'
print(f.write_text('hello\nworld\n'), f.read_text(), f.read_text(encoding='utf-8').splitlines())
print(f.exists(), f.is_file(), f.is_dir(), f.stat().st_size, base.joinpath('a').stat().st_size >= 0)
u = base / 'unicode.txt'
print(u.write_text('héllo €', encoding='utf-8'), u.read_bytes(), u.stat().st_size, u.read_text(encoding='latin-1'))
b = base / 'data.bin'
print(b.write_bytes(b'\x00\x01\x02abc'), b.read_bytes(), b.stat().st_size)
try:
    b.write_bytes('not bytes')
except TypeError as e:
    print('TypeError:', e)
try:
    f.write_text(b'bytes')
except TypeError as e:
    print('TypeError:', e)
nl = base / 'nl.txt'
nl.write_text('a\nb\n', newline='\r\n')
print(nl.read_bytes(), repr(nl.read_text()))
with (base / 'log.txt').open('w') as fh:
    fh.write('line1\n')
with (base / 'log.txt').open('a') as fh:
    print('line2', file=fh)
with (base / 'log.txt').open() as fh:
    print([line.rstrip('\n') for line in fh])
with (base / 'log.txt').open('rb') as fh:
    print(fh.read())
(base / 'touched').touch()
(base / 'touched').touch()
try:
    (base / 'touched').touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e.errno)
print((base / 'touched').read_bytes(), (base / 'touched').stat().st_size)

for name in ['x.py', 'y.py', 'z.txt', '.hidden.py', 'a/m.py', 'a/b/n.py', 'a/b/c/o.txt', 'a/b/c/p.py']:
    (base / name).write_text(name)
(base / 'emptydir').mkdir()
print(sorted(rel(c) for c in base.iterdir()))
print(sorted(c.name for c in base.iterdir() if c.is_file()))
print(sorted(rel(c) for c in base.glob('*.py')))
print(sorted(rel(c) for c in base.glob('?.p*')))
print(sorted(rel(c) for c in base.glob('*/*.py')))
print(sorted(rel(c) for c in base.glob('**/*.py')))
print(sorted(rel(c) for c in base.glob('**')))
print(sorted(rel(c) for c in base.glob('*/')))
print(sorted(rel(c) for c in base.glob('a/b')), sorted(rel(c) for c in base.glob('a/nope')), sorted(rel(c) for c in base.glob('a/b/c/*')))
print(sorted(rel(c) for c in base.rglob('*.py')))
print(sorted(rel(c) for c in base.rglob('*.txt')))
print(sorted(rel(c) for c in base.rglob('c')))
print(sorted(rel(c) for c in base.rglob('*')))
print(sorted(rel(c) for c in base.glob('[xz].*')), list(base.glob('nomatch*')), list((base / 'x.py').glob('*')))
for bad in ['', '/abs', 'a**b']:
    try:
        list(base.glob(bad))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ':', e)
print(sorted(p.stem for p in base.rglob('*.py') if p.parent != base))
print(sum(p.stat().st_size for p in base.rglob('*') if p.is_file()))

src = base / 'x.py'
dst = src.rename(base / 'renamed.py')
print(type(dst).__name__, rel(dst), src.exists(), dst.exists(), dst.read_text())
dst2 = dst.replace(base / 'y.py')
print(rel(dst2), dst.exists(), dst2.read_text())
r = (base / 'z.txt').rename(str(base / 'zz.txt'))
print(rel(r), r.exists())
try:
    (base / 'zz.txt').rename(base / 'emptydir')
except IsADirectoryError as e:
    print('IsADirectoryError', e.errno)
(base / 'zz.txt').unlink()
print((base / 'zz.txt').exists())
try:
    (base / 'zz.txt').unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
(base / 'zz.txt').unlink(missing_ok=True)
try:
    (base / 'a').rmdir()
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    (base / 'y.py').rmdir()
except NotADirectoryError as e:
    print('NotADirectoryError', e.errno)
print((base / 'y.py').exists())
(base / 'emptydir').rmdir()
print((base / 'emptydir').exists())
try:
    (base / 'missing.txt').read_text()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
try:
    (base / 'missing').stat()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
try:
    list((base / 'missing').iterdir())
except FileNotFoundError as e:
    print('FileNotFoundError')
try:
    list((base / 'y.py').iterdir())
except NotADirectoryError as e:
    print('NotADirectoryError', e.errno)
try:
    (base / 'y.py').resolve(strict=True)
    (base / 'missing').resolve(strict=True)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print((base / 'y.py').samefile(base / 'a' / '..' / 'y.py'), (base / 'y.py').samefile(str(base / 'a' / 'm.py')))
print(rel((base / 'a' / 'b' / '..' / 'm.py').resolve()), (base / 'missing').exists(), (base / 'missing').is_dir(),
      (base / 'missing').is_file(), (base / 'missing').is_symlink())
print(sorted(rel(p) for p in base.rglob('*')))
clean(base)
print(base.exists())
base.parent.rmdir()
