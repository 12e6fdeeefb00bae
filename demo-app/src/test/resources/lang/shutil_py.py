import os
import shutil

W = 'shutil_work'
if os.path.exists(W):
    shutil.rmtree(W)
os.mkdir(W)


def p(*parts):
    return os.path.join(W, *parts)


def write(path, text):
    with open(path, 'w') as f:
        f.write(text)


def read(path):
    with open(path) as f:
        return f.read()


def tree(top):
    out = []
    for name in sorted(os.listdir(top)):
        full = os.path.join(top, name)
        if os.path.isdir(full):
            out.append(name + '/')
            out.extend(name + '/' + sub for sub in tree(full))
        else:
            out.append(name)
    return out


# copyfileobj, with and without a length.
write(p('a.txt'), 'hello\n' * 1000)
with open(p('a.txt'), 'rb') as src, open(p('b.txt'), 'wb') as dst:
    shutil.copyfileobj(src, dst)
print(read(p('b.txt')) == read(p('a.txt')), os.path.getsize(p('b.txt')))
with open(p('a.txt'), 'rb') as src, open(p('c.txt'), 'wb') as dst:
    shutil.copyfileobj(src, dst, 7)
print(os.path.getsize(p('c.txt')))


class Chunks:
    def __init__(self, data):
        self.data = data
        self.reads = []

    def read(self, n):
        self.reads.append(n)
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


src = Chunks('abcdefghij')
sink = Sink()
shutil.copyfileobj(src, sink, 4)
print(sink.parts, src.reads)
src = Chunks('xyz')
shutil.copyfileobj(src, sink)
print(src.reads, shutil.COPY_BUFSIZE)

# copyfile, copy, copy2.
print(shutil.copyfile(p('a.txt'), p('d.txt')), read(p('d.txt'))[:6] == 'hello\n')
write(p('small.txt'), 'small')
print(shutil.copyfile(p('small.txt'), p('d.txt')), read(p('d.txt')))
os.mkdir(p('dir'))
print(shutil.copy(p('small.txt'), p('dir')), read(p('dir', 'small.txt')))
print(shutil.copy(p('small.txt'), p('dir', 'other.txt')))
print(shutil.copy2(p('a.txt'), p('dir')))
print(shutil.copy2(p('small.txt'), p('dir', 'copy2.txt')))
print(tree(p('dir')))
shutil.copymode(p('small.txt'), p('d.txt'))
shutil.copystat(p('small.txt'), p('d.txt'))

try:
    shutil.copyfile(p('small.txt'), p('small.txt'))
except shutil.SameFileError as e:
    print('SameFileError', e, isinstance(e, shutil.Error), isinstance(e, OSError))
try:
    shutil.copy(p('small.txt'), p('small.txt'))
except shutil.SameFileError as e:
    print('SameFileError', e)
try:
    shutil.copyfile(p('missing.txt'), p('x.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', e, e.errno, e.filename)
try:
    shutil.copyfile(p('small.txt'), p('nodir', 'x.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    shutil.copyfile(p('small.txt'), p('nodir') + '/')
except FileNotFoundError as e:
    print('FileNotFoundError', e, type(e.__cause__).__name__)
try:
    shutil.copyfile(p('small.txt'), p('dir'))
except IsADirectoryError as e:
    print('IsADirectoryError', e)
try:
    shutil.copyfile(p('dir'), p('e.txt'))
except IsADirectoryError as e:
    print('IsADirectoryError', e)
try:
    shutil.copymode(p('missing.txt'), p('d.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    shutil.copystat(p('small.txt'), p('missing.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', e)
for a in [(p('small.txt'), p('missing.txt')), (p('missing.txt'), p('small.txt'))]:
    for fn in (shutil.copymode, shutil.copystat):
        try:
            fn(*a)
        except FileNotFoundError as e:
            print(fn.__name__, 'FileNotFoundError', e, e.filename)
try:
    shutil.copyfile(p('small.txt'), p('small.txt') + '/')
except FileNotFoundError as e:
    print('FileNotFoundError', e, type(e.__cause__).__name__)
try:
    shutil.copyfile(p('small.txt'), p('dir') + '/')
except IsADirectoryError as e:
    print('IsADirectoryError', e)

# copytree.
os.makedirs(p('src', 'pkg', 'sub'))
os.makedirs(p('src', 'empty'))
write(p('src', 'top.py'), 'print(1)\n')
write(p('src', 'notes.txt'), 'notes')
write(p('src', 'pkg', '__init__.py'), '')
write(p('src', 'pkg', 'mod.pyc'), 'compiled')
write(p('src', 'pkg', 'sub', 'deep.txt'), 'deep')
print(shutil.copytree(p('src'), p('dst')))
print(tree(p('dst')))
print(read(p('dst', 'pkg', 'sub', 'deep.txt')))
print(shutil.copytree(p('src'), p('dst2'), ignore=shutil.ignore_patterns('*.pyc', 'notes*', 'empty')))
print(tree(p('dst2')))
calls = []


def ignore(path, names):
    calls.append((path, sorted(names)))
    return ['sub'] if 'sub' in names else []


shutil.copytree(p('src'), p('dst3'), ignore=ignore)
print(tree(p('dst3')))
print(sorted(calls))
copied = []


def my_copy(s, d):
    copied.append((s, d))
    return shutil.copy(s, d)


shutil.copytree(p('src', 'pkg'), p('dst4'), copy_function=my_copy)
print(sorted(copied))
try:
    shutil.copytree(p('src'), p('dst'))
except FileExistsError as e:
    print('FileExistsError', e)
write(p('src', 'notes.txt'), 'changed notes')
print(shutil.copytree(p('src'), p('dst'), dirs_exist_ok=True), read(p('dst', 'notes.txt')))
try:
    shutil.copytree(p('nope'), p('dst5'))
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    shutil.copytree(p('small.txt'), p('dst6'))
except NotADirectoryError as e:
    print('NotADirectoryError', e)
print(os.path.exists(p('dst6')))
print(shutil.ignore_patterns('*.txt', 'a*')('x', ['a.py', 'b.txt', 'c.py', 'ab.txt']) == {'a.py', 'b.txt', 'ab.txt'})

# Errors while copying a tree are collected in shutil.Error.
def failing_copy(s, d):
    if s.endswith('notes.txt'):
        raise OSError('cannot copy ' + os.path.basename(s))
    return shutil.copy2(s, d)


try:
    shutil.copytree(p('src'), p('dst7'), copy_function=failing_copy)
except shutil.Error as e:
    print('Error', [(os.path.basename(s), os.path.basename(d), why) for s, d, why in e.args[0]])
print(tree(p('dst7')))

# move.
write(p('m1.txt'), 'move me')
print(shutil.move(p('m1.txt'), p('m2.txt')), os.path.exists(p('m1.txt')), read(p('m2.txt')))
print(shutil.move(p('m2.txt'), p('dir')), tree(p('dir')))
write(p('m3.txt'), 'again')
write(p('dir', 'm3.txt'), 'taken')
try:
    shutil.move(p('m3.txt'), p('dir'))
except shutil.Error as e:
    print('Error', e)
write(p('m4.txt'), 'overwrite')
print(shutil.move(p('m4.txt'), p('m3.txt')), read(p('m3.txt')))
print(shutil.move(p('dst4'), p('moved')), tree(p('moved')))
print(shutil.move(p('moved'), p('dst') + '/'), 'moved' in os.listdir(p('dst')))
try:
    shutil.move(p('dst'), p('dst', 'pkg'))
except shutil.Error as e:
    print('Error', e)
try:
    shutil.move(p('nothing.txt'), p('x.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', type(e).__name__)
print(shutil._basename('/bar/foo/'), shutil._basename('/bar/foo'))

# rmtree.
shutil.rmtree(p('dst2'))
print(os.path.exists(p('dst2')))
os.makedirs(p('emptydir'))
shutil.rmtree(p('emptydir'))
print(os.path.exists(p('emptydir')))
try:
    shutil.rmtree(p('nope'))
except FileNotFoundError as e:
    print('FileNotFoundError', e)
shutil.rmtree(p('nope'), ignore_errors=True)
try:
    shutil.rmtree(p('small.txt'))
except NotADirectoryError as e:
    print('NotADirectoryError', e)
print(os.path.exists(p('small.txt')))
errors = []


def onerror(func, path, exc_info):
    errors.append((os.path.basename(path), exc_info[0].__name__, isinstance(exc_info[1], OSError)))


shutil.rmtree(p('nope'), onerror=onerror)
print(errors)
print(isinstance(shutil.rmtree.avoids_symlink_attacks, bool))

# which.
print(shutil.which('definitely-not-a-command-xyz'))
sh = shutil.which('sh')
print(sh is not None and os.path.basename(sh) == 'sh')
print(shutil.which('sh', path='') is None, shutil.which(p('nope', 'cmd')))
os.makedirs(p('bin'))
print(shutil.which('nothing-here', path=p('bin')), shutil.which('bin', path=W))

# get_terminal_size.
size = shutil.get_terminal_size()
print(type(size).__name__, len(size), isinstance(size, tuple), size.columns > 0, size.lines > 0)
os.environ['COLUMNS'] = '132'
os.environ['LINES'] = '43'
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, tuple(size), size == (132, 43))
cols, lines = shutil.get_terminal_size((10, 20))
print(cols, lines)
os.environ['COLUMNS'] = 'wide'
os.environ['LINES'] = '0'
print(shutil.get_terminal_size((100, 30)).columns in (100,) or True)
del os.environ['COLUMNS']
del os.environ['LINES']
print(shutil.get_terminal_size((7, 9)) in [(7, 9), tuple(shutil.get_terminal_size())])

for name in ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree', 'move',
             'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'ignore_patterns', 'which',
             'get_terminal_size', 'SameFileError']:
    assert name in shutil.__all__, name
print(issubclass(shutil.Error, OSError), issubclass(shutil.SpecialFileError, OSError),
      issubclass(shutil.ExecError, OSError), issubclass(shutil.ReadError, OSError),
      issubclass(shutil.RegistryError, Exception))

shutil.rmtree(W)
print(os.path.exists(W))
