# Adapted from CPython 3.11's Lib/pathlib.py for gilscope's interpreter.
"""Object-oriented filesystem paths (POSIX flavour only).

PurePath, PurePosixPath, Path and PosixPath, after CPython 3.11's pathlib. The pure operations are
CPython's. The concrete ones go through what gilscope's os, os.path and open() offer:

- there is no os.stat: stat() returns a small result with st_size and the file-type bits of
  st_mode only (no permission bits, times, inode or device), unless os.stat appears later;
- there is no lstat or readlink: is_symlink() is always False, resolve() normalises the absolute
  path lexically (".." removes the previous component) without following symbolic links, and rglob()
  and '**' would loop on a symbolic link to a parent directory;
- chmod(), lchmod(), owner(), group(), readlink(), symlink_to(), hardlink_to(), link_to() and
  is_mount() raise NotImplementedError; touch() cannot update the modification time of an
  existing file;
- no Windows flavour (PureWindowsPath, WindowsPath), no pickling support beyond __reduce__.

gilscope's open() and os functions accept only str paths, so pass str(path) to them (Path.open(),
read_text() and the other methods do this themselves).
"""

import fnmatch
import functools
import io
import os
import re
import sys
from collections.abc import Sequence


__all__ = [
    "PurePath", "PurePosixPath",
    "Path", "PosixPath",
    ]

#
# Internals
#

# errno values (gilscope has no errno module)
_ENOENT = 2
_ENOTDIR = 20
_EISDIR = 21
_EEXIST = 17
_EBADF = 9
_ELOOP = 40
_IGNORED_ERRNOS = (_ENOENT, _ENOTDIR, _EBADF, _ELOOP)

# file-type bits of st_mode (gilscope has no stat module)
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


def _oserror(cls, errno, strerror, filename, filename2=None):
    """An OSError subclass instance carrying CPython's message and attributes (gilscope's
    OSError(errno, strerror, filename) keeps only args)."""
    msg = "[Errno %d] %s: %r" % (errno, strerror, filename)
    if filename2 is not None:
        msg += " -> %r" % (filename2,)
    e = cls(msg)
    e.errno = errno
    e.strerror = strerror
    e.filename = filename
    e.filename2 = filename2
    return e


def _warn_deprecated(message):
    try:
        import warnings
    except ImportError:
        # gilscope has no warnings module: report on stderr as CPython's default filter would
        print("DeprecationWarning: " + message, file=sys.stderr)
    else:
        warnings.warn(message, DeprecationWarning, stacklevel=3)


def _fspath(a):
    """os.fspath() (gilscope's os has none)."""
    if isinstance(a, (str, bytes)):
        return a
    fspath = getattr(type(a), '__fspath__', None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(a).__name__)
    path = fspath(a)
    if not isinstance(path, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(a).__name__, type(path).__name__))
    return path


def _is_wildcard_pattern(pat):
    # Whether this pattern needs actual matching using fnmatch, or can
    # be looked up directly as a file.
    return "*" in pat or "?" in pat or "[" in pat


class _PosixFlavour(object):
    """The POSIX set of path semantics."""
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = (os.name != 'nt')

    def __init__(self):
        self.join = self.sep.join

    def parse_parts(self, parts):
        parsed = []
        sep = self.sep
        drv = root = ''
        it = reversed(parts)
        for part in it:
            if not part:
                continue
            drv, root, rel = self.splitroot(part)
            if sep in rel:
                for x in reversed(rel.split(sep)):
                    if x and x != '.':
                        parsed.append(sys.intern(x))
            else:
                if rel and rel != '.':
                    parsed.append(sys.intern(rel))
            if drv or root:
                break
        if drv or root:
            parsed.append(drv + root)
        parsed.reverse()
        return drv, root, parsed

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        """
        Join the two paths represented by the respective
        (drive, root, parts) tuples.  Return a new (drive, root, parts) tuple.
        """
        if root2:
            if not drv2 and drv:
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2:
            if drv2 == drv:
                # Same drive => second path is relative to the first
                return drv, root, parts + parts2[1:]
        else:
            # Second path is non-anchored (common case)
            return drv, root, parts + parts2
        return drv2, root2, parts2

    def splitroot(self, part, sep=sep):
        if part and part[0] == sep:
            stripped_part = part.lstrip(sep)
            # According to POSIX path resolution:
            # http://pubs.opengroup.org/onlinepubs/009695399/basedefs/xbd_chap04.html#tag_04_11
            # "A pathname that begins with two successive slashes may be
            # interpreted in an implementation-defined manner, although more
            # than two leading slashes shall be treated as a single slash".
            if len(part) - len(stripped_part) == 2:
                return '', sep * 2, stripped_part
            else:
                return '', sep, stripped_part
        else:
            return '', '', part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern)).fullmatch

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        # We represent the path using the local filesystem encoding,
        # for portability to other applications.
        return 'file://' + _urlquote(str(path))


_posix_flavour = _PosixFlavour()

# characters urllib.parse.quote() leaves alone with safe='/'
_URL_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _urlquote(s):
    """urllib.parse.quote_from_bytes(s.encode('utf-8')) (gilscope's urllib.parse has no
    quote_from_bytes)."""
    out = []
    for b in s.encode('utf-8'):
        c = chr(b)
        if c in _URL_SAFE:
            out.append(c)
        else:
            out.append('%%%02X' % b)
    return ''.join(out)


def _listdir(path):
    return os.listdir(str(path))


def _isdir(path):
    return os.path.isdir(str(path))


#
# Globbing helpers
#

@functools.lru_cache()
def _make_selector(pattern_parts, flavour):
    pat = pattern_parts[0]
    child_parts = pattern_parts[1:]
    if not pat:
        return _TerminatingSelector()
    if pat == '**':
        cls = _RecursiveWildcardSelector
    elif '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif _is_wildcard_pattern(pat):
        cls = _WildcardSelector
    else:
        cls = _PreciseSelector
    return cls(pat, child_parts, flavour)


class _Selector:
    """A selector matches a specific glob pattern part against the children
    of a given path."""

    def __init__(self, child_parts, flavour):
        self.child_parts = child_parts
        if child_parts:
            self.successor = _make_selector(child_parts, flavour)
            self.dironly = True
        else:
            self.successor = _TerminatingSelector()
            self.dironly = False

    def select_from(self, parent_path):
        """Iterate over all child paths of `parent_path` matched by this
        selector.  This can contain parent_path itself."""
        path_cls = type(parent_path)
        is_dir = path_cls.is_dir
        exists = path_cls.exists
        if not is_dir(parent_path):
            return iter([])
        return self._select_from(parent_path, is_dir, exists)


class _TerminatingSelector:

    def _select_from(self, parent_path, is_dir, exists):
        yield parent_path


class _PreciseSelector(_Selector):

    def __init__(self, name, child_parts, flavour):
        self.name = name
        _Selector.__init__(self, child_parts, flavour)

    def _select_from(self, parent_path, is_dir, exists):
        try:
            path = parent_path._make_child_relpath(self.name)
            if (is_dir if self.dironly else exists)(path):
                for p in self.successor._select_from(path, is_dir, exists):
                    yield p
        except PermissionError:
            return


class _WildcardSelector(_Selector):

    def __init__(self, pat, child_parts, flavour):
        self.match = flavour.compile_pattern(pat)
        _Selector.__init__(self, child_parts, flavour)

    def _select_from(self, parent_path, is_dir, exists):
        try:
            names = _listdir(parent_path)
            for name in names:
                if self.match(name):
                    path = parent_path._make_child_relpath(name)
                    if self.dironly and not _isdir(path):
                        continue
                    for p in self.successor._select_from(path, is_dir, exists):
                        yield p
        except PermissionError:
            return


class _RecursiveWildcardSelector(_Selector):

    def __init__(self, pat, child_parts, flavour):
        _Selector.__init__(self, child_parts, flavour)

    def _iterate_directories(self, parent_path, is_dir):
        yield parent_path
        try:
            names = _listdir(parent_path)
            for name in names:
                path = parent_path._make_child_relpath(name)
                # gilscope cannot tell symbolic links apart, so they are followed
                if _isdir(path):
                    for p in self._iterate_directories(path, is_dir):
                        yield p
        except PermissionError:
            return

    def _select_from(self, parent_path, is_dir, exists):
        try:
            yielded = set()
            try:
                successor_select = self.successor._select_from
                for starting_point in self._iterate_directories(parent_path, is_dir):
                    for p in successor_select(starting_point, is_dir, exists):
                        if p not in yielded:
                            yield p
                            yielded.add(p)
            finally:
                yielded.clear()
        except PermissionError:
            return


#
# Public API
#

class _PathParents(Sequence):
    """This object provides sequence-like access to the logical ancestors
    of a path.  Don't try to construct it yourself."""
    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        # We don't store the instance to avoid reference cycles
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        else:
            return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            # gilscope's slice has no indices(): a range sliced gives the same indices
            return tuple(self[i] for i in range(len(self))[idx])

        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(object):
    """Base class for manipulating paths without I/O.

    PurePath represents a filesystem path and offers operations which
    don't imply any actual filesystem I/O.  Instantiating a PurePath
    returns a PurePosixPath object.
    """
    __slots__ = (
        '_drv', '_root', '_parts',
        '_str', '_hash', '_pparts', '_cached_cparts',
    )

    def __new__(cls, *args):
        """Construct a PurePath from one or several strings and or existing
        PurePath objects.  The strings and path objects are combined so as
        to yield a canonicalized path, which is incorporated into the
        new PurePath object.
        """
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        # Using the parts tuple helps share interned path parts
        # when pickling related paths.
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        # This is useful when you don't want to create an instance, just
        # canonicalize some constructor arguments.
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts += a._parts
            else:
                a = _fspath(a)
                if isinstance(a, str):
                    # Force-cast str subclasses to str (issue #21127)
                    parts.append(str(a))
                else:
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r"
                        % type(a))
        return cls._flavour.parse_parts(parts)

    @classmethod
    def _from_parts(cls, args):
        # We need to call _parse_args on the instance, so as to get the
        # right flavour.
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.join(parts[1:])
        else:
            return cls._flavour.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._flavour.join_parsed_parts(
            self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        """Return the string representation of the path, suitable for
        passing to system calls."""
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(self._drv, self._root,
                                                  self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        f = self._flavour
        return str(self).replace(f.sep, '/')

    def __bytes__(self):
        """Return the bytes representation of the path.  This is only
        recommended to use under Unix."""
        try:
            return str(self).encode('utf-8', 'surrogateescape')
        except LookupError:
            # gilscope's codecs have no 'surrogateescape' error handler
            return str(self).encode('utf-8')

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        # Cached casefolded parts, for hashing and comparison
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._drv

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        anchor = self._drv + self._root
        return anchor

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """
        The final component's last suffix, if any.

        This includes the leading period. For example: '.txt'
        """
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        else:
            return ''

    @property
    def suffixes(self):
        """
        A list of the final component's suffixes, if any.

        These include the leading periods. For example: ['.tar', '.gz']
        """
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        else:
            return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = self._flavour.parse_parts((name,))
        if (not name or name[-1] in [self._flavour.sep, self._flavour.altsep]
            or drv or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path.
        """
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed
        arguments.  If the operation is not possible (because this is not
        a subpath of the other path), raise ValueError.
        """
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_parts = self._parse_args(other)
        if to_root:
            to_abs_parts = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs_parts = to_parts
        n = len(to_abs_parts)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(abs_parts[:n]) != cf(to_abs_parts):
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                    " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '',
                                       abs_parts[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False.
        """
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """An object providing sequence-like access to the
        components in the filesystem path."""
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a
        new path representing either a subpath (if all arguments are relative
        paths) or a totally different path (if one of the arguments is
        anchored).
        """
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable,
        a drive)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved
        by the system, if any."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """
        Return True if this path matches the given pattern.
        """
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._flavour.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems.

    On a POSIX system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
    """
    _flavour = _posix_flavour
    __slots__ = ()


# Filesystem-accessing classes


class _StatResult:
    """The part of os.stat_result gilscope can fill in: st_size and the file-type bits of st_mode."""
    __slots__ = ('st_mode', 'st_size')

    def __init__(self, mode, size):
        self.st_mode = mode
        self.st_size = size

    def __repr__(self):
        return "os.stat_result(st_mode=%d, st_size=%d)" % (self.st_mode, self.st_size)


class Path(PurePath):
    """PurePath subclass that can make system calls.

    Path represents a filesystem path but unlike PurePath, also offers
    methods to do system calls on path objects. Instantiating a Path
    returns a PosixPath object.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        # This is an optimization used for dir walking.  `part` must be
        # a single part relative to this path.
        parts = self._parts + [part]
        return self._from_parsed_parts(self._drv, self._root, parts)

    def __enter__(self):
        # In Python 3.11 __enter__() began emitting DeprecationWarning.
        _warn_deprecated("pathlib.Path.__enter__() is deprecated and scheduled "
                         "for removal in Python 3.13; Path objects as a context "
                         "manager is a no-op")
        return self

    def __exit__(self, t, v, tb):
        pass

    # Public API

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory
        (as returned by os.getcwd()).
        """
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory (as
        returned by os.path.expanduser('~')).
        """
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file.
        gilscope has no os.stat, so this compares the resolved paths of two existing files."""
        if not isinstance(other_path, Path):
            other_path = self.__class__(other_path)
        self.stat()
        other_path.stat()
        return str(self.resolve()) == str(other_path.resolve())

    def iterdir(self):
        """Iterate over the files in this directory.  Does not yield any
        result for the special paths '.' and '..'.
        """
        for name in self._listdir():
            yield self._make_child_relpath(name)

    def _listdir(self):
        s = str(self)
        if os.path.isfile(s):
            # gilscope's os.listdir reports FileNotFoundError here
            raise _oserror(NotADirectoryError, _ENOTDIR, 'Not a directory', s)
        return os.listdir(s)

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern.
        """
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, pattern_parts = self._flavour.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == self._flavour.sep:
            pattern_parts.append('')
        selector = _make_selector(tuple(pattern_parts), self._flavour)
        for p in selector.select_from(self):
            yield p

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in
        this subtree.
        """
        drv, root, pattern_parts = self._flavour.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == self._flavour.sep:
            pattern_parts.append('')
        selector = _make_selector(("**",) + tuple(pattern_parts), self._flavour)
        for p in selector.select_from(self):
            yield p

    def absolute(self):
        """Return an absolute version of this path by prepending the current
        working directory. No normalization or symlink resolution is performed.

        Use resolve() to get the canonical path to a file.
        """
        if self.is_absolute():
            return self
        return self._from_parts([self.cwd()] + self._parts)

    def resolve(self, strict=False):
        """
        Make the path absolute and normalize it. gilscope cannot read symbolic links, so ".."
        removes the previous component, as if there were none. With strict=True, a path that
        does not exist raises FileNotFoundError.
        """
        path = self.absolute()
        resolved = []
        for part in path._parts[1:]:
            if part == '..':
                if resolved:
                    resolved.pop()
            else:
                resolved.append(part)
        s = '/' + '/'.join(resolved)
        if strict and not os.path.exists(s):
            raise _oserror(FileNotFoundError, _ENOENT, 'No such file or directory', s)
        return self._from_parts((s,))

    def stat(self, *, follow_symlinks=True):
        """
        Return the result of the stat() system call on this path, like
        os.stat() does. Without os.stat in gilscope, only st_size and the
        file-type bits of st_mode are set.
        """
        s = str(self)
        if hasattr(os, 'stat'):
            return os.stat(s)
        if os.path.isdir(s):
            return _StatResult(_S_IFDIR, os.path.getsize(s))
        if os.path.isfile(s):
            return _StatResult(_S_IFREG, os.path.getsize(s))
        if os.path.exists(s):
            return _StatResult(0, os.path.getsize(s))
        raise _oserror(FileNotFoundError, _ENOENT, 'No such file or directory', s)

    def owner(self):
        """
        Return the login name of the file owner.
        """
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        """
        Return the group name of the file gid.
        """
        raise NotImplementedError("Path.group() is unsupported on this system")

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
        """
        Open the file pointed by this path and return a file object, as
        the built-in open() function does.
        """
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """
        Open the file in bytes mode, read it, and close the file.
        """
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """
        Open the file in text mode, read it, and close the file.
        """
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """
        Open the file in bytes mode, write to it, and close the file.
        """
        # type-check for the buffer interface before truncating the file
        # (gilscope has no memoryview or bytearray: bytes only)
        if not isinstance(data, bytes):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """
        Open the file in text mode, write to it, and close the file.
        """
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        if newline in ('\r', '\r\n'):
            # gilscope's open() ignores newline= when writing: translate here
            with self.open(mode='w', encoding=encoding, errors=errors, newline='') as f:
                f.write(data.replace('\n', newline))
                return len(data)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """
        Return the path to which the symbolic link points.
        """
        if not hasattr(os, "readlink"):
            raise NotImplementedError("os.readlink() not available on this system")
        return self._from_parts((os.readlink(str(self)),))

    def touch(self, mode=0o666, exist_ok=True):
        """
        Create this file if it doesn't exist (gilscope cannot set the access mode or update the
        modification time of an existing file).
        """
        s = str(self)
        if exist_ok:
            if hasattr(os, 'utime'):
                try:
                    os.utime(s, None)
                except OSError:
                    pass
                else:
                    return
            with open(s, 'a'):
                pass
        else:
            with open(s, 'x'):
                pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """
        Create a new directory at this given path.
        """
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # Cannot rely on checking for EEXIST, since the operating system
            # could give priority to other errors like EACCES or EROFS
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """
        Change the permissions of the path, like os.chmod().
        """
        if not hasattr(os, "chmod"):
            raise NotImplementedError("os.chmod() not available on this system")
        os.chmod(str(self), mode)

    def lchmod(self, mode):
        """
        Like chmod(), except if the path points to a symlink, the symlink's
        permissions are changed, rather than its target's.
        """
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """
        Remove this file or link.
        If the path is a directory, use rmdir() instead.
        """
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """
        Remove this directory.  The directory must be empty.
        """
        s = str(self)
        if os.path.isfile(s):
            # gilscope's os.rmdir would delete the file
            raise _oserror(NotADirectoryError, _ENOTDIR, 'Not a directory', s)
        os.rmdir(s)

    def lstat(self):
        """
        Like stat(), except if the path points to a symlink, the symlink's
        status information is returned, rather than its target's.
        """
        return self.stat(follow_symlinks=False)

    def _check_rename(self, target):
        # gilscope's os.rename replaces a directory by a file and a file by a directory
        src, dst = str(self), str(target)
        if os.path.isdir(dst):
            if os.path.isfile(src):
                raise _oserror(IsADirectoryError, _EISDIR, 'Is a directory', src, dst)
        elif os.path.exists(dst) and os.path.isdir(src):
            raise _oserror(NotADirectoryError, _ENOTDIR, 'Not a directory', src, dst)

    def rename(self, target):
        """
        Rename this path to the target path.

        The target path may be absolute or relative. Relative paths are
        interpreted relative to the current working directory, *not* the
        directory of the Path object.

        Returns the new Path instance pointing to the target path.
        """
        target = self.__class__(target)
        self._check_rename(target)
        os.rename(str(self), str(target))
        return target

    def replace(self, target):
        """
        Rename this path to the target path, overwriting if that path exists.

        The target path may be absolute or relative. Relative paths are
        interpreted relative to the current working directory, *not* the
        directory of the Path object.

        Returns the new Path instance pointing to the target path.
        """
        target = self.__class__(target)
        self._check_rename(target)
        if hasattr(os, 'replace'):
            os.replace(str(self), str(target))
        else:
            # gilscope's os.rename overwrites an existing file, as os.replace does
            os.rename(str(self), str(target))
        return target

    def symlink_to(self, target, target_is_directory=False):
        """
        Make this path a symlink pointing to the target path.
        Note the order of arguments (link, target) is the reverse of os.symlink.
        """
        if not hasattr(os, "symlink"):
            raise NotImplementedError("os.symlink() not available on this system")
        os.symlink(str(target), str(self), target_is_directory)

    def hardlink_to(self, target):
        """
        Make this path a hard link pointing to the same file as *target*.

        Note the order of arguments (self, target) is the reverse of os.link's.
        """
        if not hasattr(os, "link"):
            raise NotImplementedError("os.link() not available on this system")
        os.link(str(target), str(self))

    def link_to(self, target):
        """
        Make the target path a hard link pointing to this path.

        Deprecated since Python 3.10 and scheduled for removal in Python 3.12.
        Use `hardlink_to()` instead.
        """
        _warn_deprecated("pathlib.Path.link_to() is deprecated and is scheduled "
                         "for removal in Python 3.12. "
                         "Use pathlib.Path.hardlink_to() instead.")
        self.__class__(target).hardlink_to(self)

    # Convenience functions for querying the file type

    def exists(self):
        """
        Whether this path exists.
        """
        return os.path.exists(str(self))

    def is_dir(self):
        """
        Whether this path is a directory.
        """
        return os.path.isdir(str(self))

    def is_file(self):
        """
        Whether this path is a regular file (also True for symlinks pointing
        to regular files).
        """
        return os.path.isfile(str(self))

    def is_mount(self):
        """
        Check if this path is a POSIX mount point (unsupported: gilscope has no os.stat).
        """
        raise NotImplementedError("Path.is_mount() is unsupported on this system")

    def is_symlink(self):
        """
        Whether this path is a symbolic link (always False: gilscope cannot tell).
        """
        return False

    def is_block_device(self):
        """
        Whether this path is a block device (False: gilscope cannot tell).
        """
        return False

    def is_char_device(self):
        """
        Whether this path is a character device (False: gilscope cannot tell).
        """
        return False

    def is_fifo(self):
        """
        Whether this path is a FIFO (False: gilscope cannot tell).
        """
        return False

    def is_socket(self):
        """
        Whether this path is a socket (False: gilscope cannot tell).
        """
        return False

    def expanduser(self):
        """ Return a new path with expanded ~ and ~user constructs
        (as returned by os.path.expanduser). gilscope has no pwd module,
        so only "~" (from $HOME) is expanded; "~user" raises RuntimeError.
        """
        if (not (self._drv or self._root) and
            self._parts and self._parts[0][:1] == '~'):
            homedir = self._parts[0]
            if homedir == '~':
                home = os.environ.get('HOME')
                if home is not None:
                    homedir = home.rstrip('/') or '/'
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])

        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems.

    On a POSIX system, instantiating a Path should return this object.
    """
    __slots__ = ()
