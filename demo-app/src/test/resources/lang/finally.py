def f():
    try:
        try:
            return "ret"
        except ValueError:
            print("wrong: inner except caught finally's error")
    finally:
        print("finally runs once")
        raise ValueError("from finally")
try:
    f()
except ValueError as e:
    print("caught", e)
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(g())
class Boom:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit called", a[0] is None)
        raise KeyError("exit")
def h():
    try:
        with Boom():
            return 1
    except KeyError as e:
        print("caught", repr(e))
        return 2
print(h())
def k():
    try:
        return "try"
    finally:
        print("k finally")
print(k())
