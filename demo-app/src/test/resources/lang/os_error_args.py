# OSError(errno, strerror, filename): its attributes, its str, and the subclass its errno picks.
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))
print(OSError("plain"), OSError("plain").errno, OSError(1, 2, 3, 4, 5, 6).args, OSError(13, "Permission denied"))
print(repr(FileNotFoundError(2, "gone")), str(OSError(5, "I/O", "a", None, "b")))
class MyErr(OSError):
    pass
m = MyErr(2, "mine", "f")
print(type(m).__name__, m, m.errno)
try:
    open("/nonexistent/x")
except OSError as err:
    print(type(err).__name__, err, err.args, err.errno, err.filename)
