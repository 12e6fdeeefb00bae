"""glob: CPython 3.11's Lib/glob.py for gilscope's interpreter: glob, iglob (with recursive '**',
include_hidden and root_dir), escape and has_magic, plus the glob0/glob1 helpers. Names starting with a
dot are matched only by patterns starting with a dot unless include_hidden is true. Directories are
read with os.listdir and tested with os.path.isdir (gilscope has no os.scandir); there is no dir_fd
(no file descriptors), no bytes paths (gilscope's re has no bytes patterns), and, as gilscope cannot
lstat, a broken symbolic link is not matched. Adapted from CPython's code (PSF licence).
"""

import os
import re
import fnmatch
import itertools

__all__ = ["glob", "iglob", "escape"]

def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
        include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. Unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns by default.

    If `include_hidden` is true, the patterns '*', '?', '**'  will match hidden
    directories.

    If `recursive` is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))

def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. However, unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns.

    If recursive is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    if dir_fd is not None:
        raise NotImplementedError("dir_fd is not supported by gilscope's glob")
    if isinstance(pathname, bytes):
        raise TypeError("bytes paths are not supported by gilscope's glob")
    if root_dir is None:
        root_dir = ''
    it = _iglob(pathname, root_dir, recursive, False,
                include_hidden=include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        try:
            s = next(it)  # skip empty string
            if s:
                it = itertools.chain((s,), it)
        except StopIteration:
            pass
    return it

def _iglob(pathname, root_dir, recursive, dironly, include_hidden=False):
    dirname, basename = _split(pathname)
    if not has_magic(pathname):
        assert not dironly
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            # Patterns ending with a slash should match only directories
            if _isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly,
                             include_hidden=include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly,
                              include_hidden=include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True,
                      include_hidden=include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly,
                               include_hidden=include_hidden):
            yield os.path.join(dirname, name)

# These 2 helper functions non-recursively glob inside a literal directory.
# They return a list of basenames.  _glob1 accepts a pattern while _glob0
# takes a literal basename (so it only has to check for its existence).

def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if include_hidden or not _ishidden(pattern):
        names = (x for x in names if include_hidden or not _ishidden(x))
    return fnmatch.filter(names, pattern)

def _glob0(dirname, basename, dironly, include_hidden=False):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    else:
        # `_split()` returns an empty basename for paths ending with a
        # directory separator.  'q*x/' should match only directories.
        if _isdir(dirname):
            return [basename]
    return []

# Following functions are not public but can be used by third-party code.

def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False)

def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False)

# This helper function recursively yields relative pathnames inside a literal
# directory.

def _glob2(dirname, pattern, dironly, include_hidden=False):
    assert _isrecursive(pattern)
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly,
                         include_hidden=include_hidden)

# The names in a directory (only those of directories if dironly is true), or
# [] if it cannot be read; os.listdir stands in for CPython's os.scandir.
def _listdir(dirname, dironly):
    path = dirname or '.'
    try:
        names = os.listdir(path)
    except OSError:
        return []
    if dironly:
        names = [x for x in names if os.path.isdir(os.path.join(path, x))]
    return names

# Recursively yields relative pathnames inside a literal directory.
def _rlistdir(dirname, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly,
                               include_hidden=include_hidden):
                yield _join(x, y)


# posixpath.split (gilscope's os.path has no split).
def _split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail

def _lexists(pathname):
    # Same as os.path.lexists(), except for broken symbolic links
    return bool(pathname) and os.path.exists(pathname)

def _isdir(pathname):
    return bool(pathname) and os.path.isdir(pathname)

def _join(dirname, basename):
    # It is common if dirname or basename is empty
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)

magic_check = re.compile('([*?[])')

def has_magic(s):
    match = magic_check.search(s)
    return match is not None

def _ishidden(path):
    return path[0] == '.'

def _isrecursive(pattern):
    return pattern == '**'

def escape(pathname):
    """Escape all special characters.
    """
    # Escaping is done by wrapping any of "*?[" between square brackets.
    return magic_check.sub(r'[\1]', pathname)
