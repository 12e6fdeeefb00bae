# Adapted from CPython 3.11's Lib/shutil.py for gilscope's interpreter.
"""Utility functions for copying and removing files and directory trees.

What gilscope's interpreter lets this module do, and what it does not:

- Its os module has listdir, mkdir, makedirs, rmdir, remove/unlink, rename, environ and os.path's
  exists/isfile/isdir/join/basename/dirname/abspath, but no stat, lstat, scandir, chmod, utime,
  symlink, readlink, access, statvfs or get_terminal_size. So:
- Files are copied by content only: copymode() and copystat() check that both files exist and copy
  no permission bits or times (copy() and copy2() are therefore copyfile() into a file or directory).
- Symbolic links cannot be seen (no lstat/islink): copyfile(follow_symlinks=False) and
  copytree(symlinks=True) copy what a link points to, as if following it. rmtree() never follows
  a link to a directory: each directory is first removed with os.rmdir(), which removes a link
  itself, and only a directory that is "not empty" is descended into. (On CPython rmtree() of a
  link raises OSError; here the link is removed.)
- Two paths are the same file only if they are the same absolute path (no samefile()).
- which() cannot test the execute bit (no os.access): it returns the first file of that name on
  the path, executable or not.
- get_terminal_size() uses COLUMNS and LINES from os.environ, else the fallback (the terminal cannot
  be queried), and returns an os.terminal_size-like tuple.
- rmtree()'s onerror gets (function, path, (type, exception, None)): there are no tracebacks.
- Not provided: disk_usage (no statvfs), chown (no os.chown), and the archive functions
  (make_archive, unpack_archive and their registries: there is no zipfile or tarfile module).
"""

import os
import sys
import fnmatch

COPY_BUFSIZE = 64 * 1024

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "ignore_patterns", "which", "get_terminal_size",
           "SameFileError"]

class Error(OSError):
    pass

class SameFileError(Error):
    """Raised when source and destination are the same file."""

class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""

class ExecError(OSError):
    """Raised when a command could not be executed"""

class ReadError(OSError):
    """Raised when an archive cannot be read"""

class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


_ENOENT = 2
_ENOTDIR = 20
_ENOTEMPTY = 39


def _os_error(cls, errno, strerror, filename):
    # OSError(errno, strerror, filename) as CPython makes it (the interpreter's OSError takes
    # no errno arguments): its message, errno, strerror and filename.
    e = cls("[Errno %d] %s: %r" % (errno, strerror, filename))
    e.errno = errno
    e.strerror = strerror
    e.filename = filename
    return e


def _exc_info(e):
    # sys.exc_info() for an onerror callback (the interpreter has no tracebacks).
    return (type(e), e, None)


def copyfileobj(fsrc, fdst, length=0):
    """copy data from file-like object fsrc to file-like object fdst"""
    if not length:
        length = COPY_BUFSIZE
    # Localize variable access to minimize overhead.
    fsrc_read = fsrc.read
    fdst_write = fdst.write
    while True:
        buf = fsrc_read(length)
        if not buf:
            break
        fdst_write(buf)

def _stats(path):
    # Whether os.stat(path) would succeed: it exists, and a trailing "/" names a directory.
    if path.endswith(os.sep):
        return os.path.isdir(path)
    return os.path.exists(path)

def _samefile(src, dst):
    # Without os.path.samefile: both can be stat()ed and have the same absolute pathname.
    if not (_stats(src) and _stats(dst)):
        return False
    return os.path.abspath(src) == os.path.abspath(dst)

def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible.

    If follow_symlinks is not set and src is a symbolic link, a new
    symlink will be created instead of copying the file it points to.
    (gilscope: links cannot be seen here; the file they point to is copied.)

    """
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))

    with open(src, 'rb') as fsrc:
        try:
            if dst.endswith(os.sep) and not os.path.isdir(dst):
                # (the interpreter's open() would create the file dst names without its "/")
                raise _os_error(IsADirectoryError, 21, 'Is a directory', dst)
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)

        # Issue 43219, raise a less confusing exception
        except IsADirectoryError as e:
            if not _stats(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            else:
                raise

    return dst

def _check_exists(src, dst, dst_named=True):
    # The errors CPython's os.stat(src) and os.chmod(dst) or os.utime(dst) raise.
    if not os.path.exists(src):
        raise _os_error(FileNotFoundError, _ENOENT, 'No such file or directory', src)
    if not os.path.exists(dst):
        if dst_named:
            raise _os_error(FileNotFoundError, _ENOENT, 'No such file or directory', dst)
        e = FileNotFoundError("[Errno %d] No such file or directory" % _ENOENT)
        e.errno = _ENOENT
        e.strerror = 'No such file or directory'
        e.filename = None
        raise e

def copymode(src, dst, *, follow_symlinks=True):
    """Copy mode bits from src to dst.

    (gilscope: there is no os.stat or os.chmod, so no bits are copied; both files must exist.)
    """
    _check_exists(src, dst)

def copystat(src, dst, *, follow_symlinks=True):
    """Copy file metadata

    Copy the permission bits, last access time, last modification time, and
    flags from `src` to `dst`. On Linux, copystat() also copies the "extended
    attributes" where possible. The file contents, owner, and group are
    unaffected. `src` and `dst` are path-like objects or path names given as
    strings.

    (gilscope: there is no os.stat, os.chmod or os.utime, so nothing is copied; both must exist.)
    """
    _check_exists(src, dst, dst_named=False)

def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"). Return the file's destination.

    The destination may be a directory.

    If follow_symlinks is false, symlinks won't be followed. This
    resembles GNU's "cp -P src dst".

    If source and destination are the same file, a SameFileError will be
    raised.

    """
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst

def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata. Return the file's destination.

    Metadata is copied with copystat(). Please see the copystat function
    for more information.

    The destination may be a directory.

    If follow_symlinks is false, symlinks won't be followed. This
    resembles GNU's "cp -P src dst".
    """
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst

def ignore_patterns(*patterns):
    """Function that can be used as copytree() ignore parameter.

    Patterns is a sequence of glob-style patterns
    that are used to exclude files"""
    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns

def _copytree(names, src, dst, symlinks, ignore, copy_function,
              ignore_dangling_symlinks, dirs_exist_ok=False):
    if ignore is not None:
        ignored_names = ignore(src, list(names))
    else:
        ignored_names = set()

    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []

    for name in names:
        if name in ignored_names:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            elif not os.path.exists(srcname) and ignore_dangling_symlinks:
                # listed but not there: a dangling symbolic link
                continue
            else:
                copy_function(srcname, dstname)
        # catch the Error from the recursive copytree so that we can
        # continue with other files
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst

def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy a directory tree and return the destination directory.

    If exception(s) occur, an Error is raised with a list of reasons.

    If the optional symlinks flag is true, symbolic links in the
    source tree result in symbolic links in the destination tree; if
    it is false, the contents of the files pointed to by symbolic
    links are copied. (gilscope: links cannot be seen here, so their contents
    are always copied.) If the file pointed by the symlink doesn't
    exist, an exception will be added in the list of errors raised in
    an Error exception at the end of the copy process.

    You can set the optional ignore_dangling_symlinks flag to true if you
    want to silence this exception.

    The optional ignore argument is a callable. If given, it
    is called with the `src` parameter, which is the directory
    being visited by copytree(), and `names` which is the list of
    `src` contents, as returned by os.listdir():

        callable(src, names) -> ignored_names

    Since copytree() is called recursively, the callable will be
    called once for each directory that is copied. It returns a
    list of names relative to the `src` directory that should
    not be copied.

    The optional copy_function argument is a callable that will be used
    to copy each file. It will be called with the source path and the
    destination path as arguments. By default, copy2() is used, but any
    function that supports the same signature (like copy()) can be used.

    If dirs_exist_ok is false (the default) and `dst` already exists, a
    `FileExistsError` is raised. If `dirs_exist_ok` is true, the copying
    operation will continue if it encounters existing directories, and files
    within the `dst` tree will be overwritten by corresponding files from the
    `src` tree.
    """
    if os.path.exists(src) and not os.path.isdir(src):
        raise _os_error(NotADirectoryError, _ENOTDIR, 'Not a directory', src)
    names = os.listdir(src)
    return _copytree(names=names, src=src, dst=dst, symlinks=symlinks,
                     ignore=ignore, copy_function=copy_function,
                     ignore_dangling_symlinks=ignore_dangling_symlinks,
                     dirs_exist_ok=dirs_exist_ok)

def _rmdir_unless_not_empty(path):
    # os.rmdir(path): True if it removed path, a link to a directory (the link itself) or an empty
    # directory; False if path is a directory that is not empty. Other errors are raised.
    try:
        os.rmdir(path)
        return True
    except OSError as e:
        if getattr(e, 'errno', None) == _ENOTEMPTY:
            return False
        raise

def _rmtree_unsafe(path, onerror):
    try:
        names = os.listdir(path)
    except OSError as e:
        onerror(os.listdir, path, _exc_info(e))
        names = []
    for name in names:
        fullname = os.path.join(path, name)
        if os.path.isdir(fullname):
            # A link to a directory is removed here (never followed), as is an empty directory.
            try:
                if _rmdir_unless_not_empty(fullname):
                    continue
            except OSError as e:
                onerror(os.rmdir, fullname, _exc_info(e))
                continue
            _rmtree_unsafe(fullname, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError as e:
                onerror(os.unlink, fullname, _exc_info(e))
    try:
        os.rmdir(path)
    except OSError as e:
        onerror(os.rmdir, path, _exc_info(e))

def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Recursively delete a directory tree.

    If ignore_errors is set, errors are ignored; otherwise, if onerror
    is set, it is called to handle the error with arguments (func,
    path, exc_info) where func is platform and implementation dependent;
    path is the argument to that function that caused it to fail; and
    exc_info is a tuple like the one sys.exc_info() returns (gilscope: its
    traceback is None). If ignore_errors is false and onerror is None, an
    exception is raised.

    """
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(func, path, exc_info):
            raise exc_info[1]
    if not os.path.exists(path):
        e = _os_error(FileNotFoundError, _ENOENT, 'No such file or directory', path)
        onerror(os.path.exists, path, _exc_info(e))
        return
    if not os.path.isdir(path):
        e = _os_error(NotADirectoryError, _ENOTDIR, 'Not a directory', path)
        onerror(os.listdir, path, _exc_info(e))
        return
    # A link to a directory (or an empty directory) goes with os.rmdir().
    try:
        if _rmdir_unless_not_empty(path):
            return
    except OSError as e:
        onerror(os.rmdir, path, _exc_info(e))
        return
    return _rmtree_unsafe(path, onerror)

# Allow introspection of whether or not the hardening against symlink
# attacks is supported on the current platform
rmtree.avoids_symlink_attacks = False

def _basename(path):
    """A basename() variant which first strips the trailing slash, if present.
    Thus we always get the last component of the path, even for directories.

    e.g.
    >>> os.path.basename('/bar/foo')
    'foo'
    >>> os.path.basename('/bar/foo/')
    ''
    >>> _basename('/bar/foo/')
    'foo'
    """
    return os.path.basename(path.rstrip(os.sep))

def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location. This is
    similar to the Unix "mv" command. Return the file or directory's
    destination.

    If the destination is a directory or a symlink to a directory, the source
    is moved inside the directory. The destination path must not already
    exist.

    If the destination already exists but is not a directory, it may be
    overwritten depending on os.rename() semantics.

    If the destination is on our current filesystem, then rename() is used.
    Otherwise, src is copied to the destination and then removed.

    The optional `copy_function` argument is a callable that will be used
    to copy the source or it will be delegated to `copytree`.
    By default, copy2() is used, but any function that supports the same
    signature (like copy()) can be used.

    """
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # We might be on a case insensitive filesystem,
            # perform the rename anyway.
            os.rename(src, dst)
            return

        # Using _basename instead of os.path.basename is important, as we must
        # ignore any trailing slash to avoid the basename returning ''
        real_dst = os.path.join(dst, _basename(src))

        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    if os.path.isdir(src) and _destinsrc(src, dst):
        # (os.rename() here would not refuse this as CPython's does)
        raise Error("Cannot move a directory '%s' into itself"
                    " '%s'." % (src, dst))
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function,
                     symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst

def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.sep):
        src += os.sep
    if not dst.endswith(os.sep):
        dst += os.sep
    return dst.startswith(src)


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        sequence = tuple(sequence)
        if len(sequence) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)"
                            % len(sequence))
        return tuple.__new__(cls, sequence)

    @property
    def columns(self):
        """width of the terminal window in characters"""
        return self[0]

    @property
    def lines(self):
        """height of the terminal window in characters"""
        return self[1]

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])

    __str__ = __repr__

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


def get_terminal_size(fallback=(80, 24)):
    """Get the size of the terminal window.

    For each of the two dimensions, the environment variable, COLUMNS
    and LINES respectively, is checked. If the variable is defined and
    the value is a positive integer, it is used.

    When COLUMNS or LINES is not defined, which is the common case,
    the terminal connected to sys.__stdout__ would be queried; gilscope's
    interpreter cannot query it, so the value given in the fallback parameter
    is used. Fallback defaults to (80, 24) which is the default size used by
    many terminal emulators.

    The value returned is a named tuple of type os.terminal_size.
    """
    # columns, lines are the working values
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0

    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0

    # only query if necessary
    if columns <= 0 or lines <= 0:
        query = getattr(os, 'get_terminal_size', None)
        size = None
        if query is not None:
            try:
                size = query(sys.__stdout__.fileno())
            except (AttributeError, ValueError, OSError):
                size = None
        if size is None:
            size = terminal_size(fallback)
        if columns <= 0:
            columns = size[0] or fallback[0]
        if lines <= 0:
            lines = size[1] or fallback[1]

    return terminal_size((columns, lines))


# Check that a given file can be accessed with the correct mode.
# (gilscope: without os.access, only that it exists and is not a directory.)
def _access_check(fn, mode):
    return os.path.exists(fn) and not os.path.isdir(fn)

_F_OK = 0
_X_OK = 1

def which(cmd, mode=_F_OK | _X_OK, path=None):
    """Given a command, mode, and a PATH string, return the path which
    conforms to the given mode on the PATH, or None if there is no such
    file.

    `mode` defaults to os.F_OK | os.X_OK. `path` defaults to the result
    of os.environ.get("PATH"), or can be overridden with a custom search
    path. (gilscope: the execute bit cannot be tested here, so the first
    file of that name is returned.)

    """
    # If we're given a path with a directory part, look it up directly rather
    # than referring to PATH directories. This includes checking relative to the
    # current directory, e.g. ./script
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None

    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = getattr(os, 'defpath', '/bin:/usr/bin')
        # bpo-35755: Don't use os.defpath if the PATH environment variable is
        # set to an empty string

    # PATH='' doesn't match, whereas PATH=':' looks in the current directory
    if not path:
        return None

    path = path.split(os.pathsep)
    files = [cmd]

    seen = set()
    for dir in path:
        normdir = dir
        if not normdir in seen:
            seen.add(normdir)
            for thefile in files:
                name = os.path.join(dir, thefile)
                if _access_check(name, mode):
                    return name
    return None
