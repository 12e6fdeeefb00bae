"""_thread, the low-level threads module, on top of threading (gilscope's interpreter bundles it in Python)."""
import threading

error = RuntimeError
LockType = type(threading.Lock())


def start_new_thread(function, args, kwargs=None):
    """Runs function(*args, **kwargs) on a new daemon thread; returns its identifier."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    t = threading.Thread(target=function, args=args, kwargs=kwargs or {}, daemon=True)
    t.start()
    return t.ident


def allocate_lock():
    return threading.Lock()


def get_ident():
    return threading.get_ident()


def exit():
    raise SystemExit
