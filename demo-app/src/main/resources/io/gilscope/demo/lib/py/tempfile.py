"""tempfile: part of CPython 3.11's Lib/tempfile.py for gilscope's interpreter: gettempdir (TMPDIR, TEMP or
TMP, else /tmp, /var/tmp, /usr/tmp or the current directory, the first where a file can be created),
gettempprefix, tempdir, template, mkdtemp, mktemp, NamedTemporaryFile (the file is created with open()'s
exclusive 'x' mode and removed on close() or at the end of a with block when delete is true) and
TemporaryDirectory (a context manager giving the directory's name; cleanup() removes the whole tree,
ignore_cleanup_errors supported), with random names from random.Random. Not provided: mkstemp,
TemporaryFile and SpooledTemporaryFile (gilscope has no os.open or file descriptors), the bytes
variants (gettempdirb, bytes prefixes), and cleanup when a TemporaryDirectory is garbage-collected
(no weakref.finalize): call cleanup() or use a with block. Directories get the default permissions,
not 0o700. Adapted from CPython's code (PSF licence).
"""

__all__ = [
    "NamedTemporaryFile", "TemporaryDirectory", "mkdtemp", "mktemp",
    "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
]

import os as _os
from random import Random as _Random

TMP_MAX = 10000

# This variable _was_ unused for legacy reasons, see issue 10354.
# But as of 3.5 we actually use it at runtime so changing it would
# have a possibly desirable side effect...  But we do not want to support
# that as an API.  It is undocumented on purpose.  Do not depend on this.
template = "tmp"


def _sanitize_params(prefix, suffix, dir):
    """Common parameter processing for most APIs in this module."""
    for arg in (prefix, suffix, dir):
        if isinstance(arg, bytes):
            raise TypeError("bytes arguments are not supported by gilscope's tempfile")
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


class _RandomNameSequence:
    """An instance of _RandomNameSequence generates an endless
    sequence of unpredictable strings which can safely be incorporated
    into file names.  Each string is eight characters long.

    _RandomNameSequence is an iterator."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        cur_pid = _os.getpid()
        if cur_pid != getattr(self, '_rng_pid', None):
            self._rng = _Random()
            self._rng_pid = cur_pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


def _candidate_tempdir_list():
    """Generate a list of candidate temporary directories which
    _get_default_tempdir will try."""

    dirlist = []

    # First, try the environment.
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname: dirlist.append(dirname)

    # Failing that, try OS-specific locations.
    dirlist.extend([ '/tmp', '/var/tmp', '/usr/tmp' ])

    # As a last resort, the current directory.
    dirlist.append(_os.getcwd())

    return dirlist


def _get_default_tempdir():
    """Calculate the default directory to use for temporary files.

    We determine whether or not a candidate temp dir is usable by
    trying to create and write to a file in that directory.  If this
    is successful, the test file is deleted."""

    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()

    for dir in dirlist:
        dir = _os.path.abspath(dir)
        # Try only a few names per directory.
        for seq in range(100):
            name = next(namer)
            filename = _os.path.join(dir, name)
            try:
                with open(filename, 'xb') as f:
                    f.write(b'blat')
                _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break   # no point trying more names in this directory
    raise FileNotFoundError(2, "No usable temporary directory found in %s" %
                            dirlist)


_name_sequence = None

def _get_candidate_names():
    """Common setup sequence for all user-callable interfaces."""

    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def gettempprefix():
    """The default prefix for temporary directories as string."""
    return template


tempdir = None

def gettempdir():
    """Returns tempfile.tempdir as str."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def mkdtemp(suffix=None, prefix=None, dir=None):
    """User-callable function to create and return a unique temporary
    directory.  The return value is the pathname of the directory.

    Caller is responsible for deleting the directory when done with it.
    """

    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)

    names = _get_candidate_names()

    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue    # try again
        return file

    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """User-callable function to return a unique temporary file name.  The
    file is not created.

    THIS FUNCTION IS UNSAFE AND SHOULD NOT BE USED.  The file name may
    refer to a file that did not exist at some point, but by the time
    you get around to creating it, someone else may have beaten you to
    the punch.
    """

    if dir is None:
        dir = gettempdir()

    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.exists(file):
            return file

    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """Temporary file wrapper

    This class provides a wrapper around files opened for
    temporary use.  In particular, it seeks to automatically
    remove the file when it is no longer needed.
    """

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.close_called = False

    def __getattr__(self, name):
        # Attribute lookups are delegated to the underlying file
        return getattr(self.__dict__['file'], name)

    # The underlying __enter__ method returns the wrong object
    # (self.file) so override it to return the wrapper
    def __enter__(self):
        self.file.__enter__()
        return self

    # Need to trap __exit__ as well to ensure the file gets
    # deleted when used in a with statement
    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """
        Close the temporary file, possibly deleting it.
        """
        if not self.close_called:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    _os.unlink(self.name)

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """Create and return a temporary file.
    Arguments:
    'prefix', 'suffix', 'dir' -- as for mkdtemp.
    'mode' -- the mode argument to open (default "w+b").
    'buffering' -- the buffer size argument to open (default -1).
    'encoding' -- the encoding argument to open (default None)
    'newline' -- the newline argument to open (default None)
    'delete' -- whether the file is deleted on close (default True).
    'errors' -- the errors argument to open (default None)

    Returns an object with a file-like interface; the name of the file
    is accessible as its 'name' attribute.  The file will be automatically
    deleted when it is closed unless the 'delete' argument is set to False.
    """

    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    kwargs = {}
    if buffering != -1:
        kwargs['buffering'] = buffering
    if "b" not in mode:
        kwargs['encoding'] = encoding
        kwargs['newline'] = newline
        kwargs['errors'] = errors

    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            if 'w' in mode:
                # Exclusive creation in the caller's mode.
                file = open(name, mode.replace('w', 'x'), **kwargs)
            else:
                # Create exclusively, then reopen in the caller's mode.
                open(name, 'xb').close()
                try:
                    file = open(name, mode, **kwargs)
                except BaseException:
                    _os.unlink(name)
                    raise
        except FileExistsError:
            continue    # try again
        return _TemporaryFileWrapper(file, name, delete)

    raise FileExistsError(17, "No usable temporary file name found")


def _rmtree(path, ignore_errors=False):
    # Remove a directory tree without following symbolic links to
    # directories: os.rmdir() removes an empty directory (and, on gilscope,
    # a link to a directory), CPython's os.unlink() a link to one.
    try:
        names = _os.listdir(path)
    except OSError:
        if ignore_errors:
            return
        raise
    for name in names:
        full = _os.path.join(path, name)
        try:
            if _os.path.isdir(full):
                notdir = False
                try:
                    _os.rmdir(full)
                    continue
                except FileNotFoundError:
                    continue
                except OSError as e:   # not empty: remove what is in it first
                    notdir = isinstance(e, NotADirectoryError)
                if notdir:
                    _os.unlink(full)
                else:
                    _rmtree(full, ignore_errors)
            else:
                _os.unlink(full)
        except FileNotFoundError:
            pass
        except OSError:
            if not ignore_errors:
                raise
    try:
        _os.rmdir(path)
    except FileNotFoundError:
        pass
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """Create and return a temporary directory.  This has the same
    behavior as mkdtemp but can be used as a context manager.  For
    example:

        with TemporaryDirectory() as tmpdir:
            ...

    Upon exiting the context, the directory and everything contained
    in it are removed.
    """

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if _os.path.exists(self.name):
            _rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
