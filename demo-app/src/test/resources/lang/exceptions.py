def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 / n
for n in (2, 0):
    try:
        print(risky(n))
    except ValueError as e:
        print("ValueError:", e, e.args)
    else:
        print("no error")
    finally:
        print("finally", n)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    [][1]
except (TypeError, IndexError) as e:
    print(type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    1 / 0
except Exception as e:
    print(repr(e))
class MyError(Exception):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code
try:
    raise MyError(42)
except MyError as e:
    print(e, e.code, isinstance(e, Exception))
def nested():
    try:
        try:
            raise RuntimeError("inner")
        except RuntimeError:
            print("handling inner")
            raise
    except RuntimeError as e:
        print("outer caught", e)
        return "returned"
    finally:
        print("nested finally")
print(nested())
def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("cleanup", i)
loop_finally()
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    raise KeyError("k")
except LookupError as e:
    print("lookup", repr(e))
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with Ctx() as c:
    print("inside", type(c).__name__)
    raise ValueError("suppressed")
print("after with")
def with_return():
    with Ctx():
        return "from with"
print(with_return())
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
