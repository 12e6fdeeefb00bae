"""errno: the names, values and errorcode as programs use them."""
import errno
import errno as E

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EINTR, errno.EAGAIN, errno.EWOULDBLOCK)
print(errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET, errno.ETIMEDOUT, errno.EINVAL, errno.ENOTDIR,
      errno.EISDIR, errno.ENOTEMPTY, errno.ENOSPC, errno.EBADF, errno.ENOTSUP, errno.EOPNOTSUPP)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], errno.errorcode[110])
print(len(errno.errorcode), len([n for n in dir(errno) if n.startswith('E')]))
print(min(errno.errorcode), max(errno.errorcode), sorted(errno.errorcode)[:10])
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(names[:8], names[-8:])
for name in names:
    value = getattr(errno, name)
    if errno.errorcode[value] != name:
        print('alias', name, '->', errno.errorcode[value])
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(list(errno.errorcode.items())[:5])
print(sum(errno.errorcode), sum(getattr(errno, n) for n in names))


def classify(code):
    if code in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR):
        return 'retry'
    if code == errno.ENOENT:
        return 'missing'
    if code in {errno.EACCES, errno.EPERM}:
        return 'denied'
    return errno.errorcode.get(code, 'unknown')


print([classify(c) for c in (2, 11, 4, 13, 1, 28, 9999)])
try:
    open('/nonexistent-dir/file.txt')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
try:
    raise OSError(E.EEXIST, 'File exists')
except OSError as e:
    print(e.args[0] == errno.EEXIST, errno.errorcode[e.args[0]])
