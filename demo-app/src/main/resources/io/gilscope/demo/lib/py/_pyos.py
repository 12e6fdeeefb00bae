"""The Python half of os, after CPython 3.11's Lib/os.py: os.path (CPython's posixpath), stat_result
with stat and lstat, walk, scandir, fsencode/fsdecode. The os module is Java's (the system calls); it
hands the names it lacks to this module, which is compiled on first use (PEP 562's module __getattr__).
The JVM cannot change its working directory, so there is no chdir.
"""

from os import fspath, listdir, getcwd, environ, pathsep, defpath
import os as _os
import posixpath as path

supports_follow_symlinks = {_os._stat}


class stat_result(tuple):
    """stat() and lstat(): the first ten fields as a tuple, and every st_* field by name."""
    n_sequence_fields = 10
    n_fields = 13

    def __new__(cls, values):
        result = tuple.__new__(cls, tuple(values[:10]))
        result._ns = tuple(values[10:])
        return result

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self[7])
    st_mtime = property(lambda self: self[8])
    st_ctime = property(lambda self: self[9])
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])

    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')
        return 'os.stat_result(%s, st_atime=%d, st_mtime=%d, st_ctime=%d)' % (
            ', '.join('%s=%r' % (n, self[i]) for i, n in enumerate(names)),
            self.st_atime, self.st_mtime, self.st_ctime)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os._stat(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat(path, follow_symlinks=False)


import stat as _stat


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def getcwdb():
    return fsencode(getcwd())


class DirEntry:
    """What scandir() yields: a directory's entry, with its name and full path."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def is_dir(self, *, follow_symlinks=True):
        return _stat.S_ISDIR(self._mode(follow_symlinks))

    def is_file(self, *, follow_symlinks=True):
        return _stat.S_ISREG(self._mode(follow_symlinks))

    def is_symlink(self):
        return _stat.S_ISLNK(self._mode(False))

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError:
            return 0

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, n) for n in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator, as CPython's: (dirpath, dirnames, filenames) for each directory."""
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with entries:
            for entry in entries:
                is_dir = entry.is_dir()
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks or not entry.is_symlink():
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)
