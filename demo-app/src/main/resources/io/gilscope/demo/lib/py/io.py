"""io: StringIO and BytesIO in Python (text or bytes in memory: write, read, readline, readlines, getvalue,
seek, tell, truncate, iteration, use as a context manager); open() and UnsupportedOperation, for files,
come from Java (_io)."""

from _io import open, UnsupportedOperation

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class _MemoryIO:
    """A buffer in memory; StringIO holds str, BytesIO bytes (the class attributes say which)."""
    _empty = ""
    _newline = "\n"

    def __init__(self, initial=None):
        self._buffer = initial or self._empty
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def write(self, s):
        self._check()
        if not isinstance(s, type(self._empty)):
            raise TypeError(self._wrong_type % type(s).__name__)
        end = self._pos + len(s)
        self._buffer = self._buffer[:self._pos] + s + self._buffer[end:]
        self._pos = end
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._buffer

    def read(self, size=-1):
        self._check()
        end = len(self._buffer) if size is None or size < 0 else min(len(self._buffer), self._pos + size)
        text = self._buffer[self._pos:end]
        self._pos = end
        return text

    def readline(self, size=-1):
        self._check()
        end = self._buffer.find(self._newline, self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._buffer[self._pos:end]
        self._pos = end
        return line

    def readlines(self):
        lines = []
        line = self.readline()
        while line:
            lines.append(line)
            line = self.readline()
        return lines

    def seek(self, pos, whence=0):
        self._check()
        self._pos = pos if whence == 0 else self._pos + pos if whence == 1 else len(self._buffer) + pos
        return self._pos

    def tell(self):
        return self._pos

    def truncate(self, size=None):
        size = self._pos if size is None else size
        self._buffer = self._buffer[:size]
        return size

    def close(self):
        self.closed = True

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


class StringIO(_MemoryIO):
    _wrong_type = "string argument expected, got '%s'"

    def __init__(self, initial_value="", newline="\n"):
        _MemoryIO.__init__(self, initial_value)


class BytesIO(_MemoryIO):
    _empty = b""
    _newline = b"\n"
    _wrong_type = "a bytes-like object is required, not '%s'"

    def __init__(self, initial_bytes=b""):
        _MemoryIO.__init__(self, initial_bytes)
