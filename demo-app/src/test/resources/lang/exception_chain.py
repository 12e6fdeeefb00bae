# The exception being handled (sys.exc_info), chaining (__context__, __cause__), __traceback__ and
# the traceback module. Failing lines raise on their own, so CPython 3.11 prints no carets under them.
import io
import sys
import traceback


def clean(text):   # CPython 3.11 names the main script by its absolute path, gilscope as it was given
    return text.replace(__file__, "exception_chain.py")


def show_info(where):
    t, v, tb = sys.exc_info()
    print(where, t.__name__ if t else None, v, tb is not None)


def fail(message):
    raise ValueError(message)


show_info("before")
try:
    fail("outer")
except ValueError:
    show_info("in handler")
    try:
        raise KeyError("inner")
    except KeyError:
        show_info("in nested handler")
    show_info("back in the outer handler")
show_info("after")

for i in range(3):
    try:
        fail(str(i))
    except ValueError:
        if i == 0:
            continue
        if i == 1:
            break
show_info("after break out of a handler")


def returns_from_handler():
    try:
        fail("r")
    except ValueError:
        return "returned"


print(returns_from_handler())
show_info("after return from a handler")

# implicit context, explicit cause, from None
try:
    try:
        fail("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__, e.__cause__, e.__suppress_context__)

try:
    try:
        fail("first")
    except ValueError as v:
        raise TypeError("second") from v
except TypeError as e:
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__, e.__suppress_context__)

try:
    try:
        fail("first")
    except ValueError:
        raise TypeError("second") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# a re-raise keeps its own context; raising the handled exception again makes no cycle
try:
    try:
        fail("again")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised", e.__context__)
try:
    try:
        fail("self")
    except ValueError as e:
        raise e
except ValueError as e:
    print("raised itself", e.__context__)

# an exception raised in a function called from a handler gets the handled one as context
def helper():
    raise RuntimeError("in helper")

try:
    try:
        fail("handled")
    except ValueError:
        helper()
except RuntimeError as e:
    print("context across calls:", repr(e.__context__))

# __cause__ assigned by hand
e = ValueError("x")
e.__cause__ = KeyError("y")
print(repr(e.__cause__), e.__suppress_context__)

# __traceback__: outermost first, tb_next deeper
def level2():
    raise IndexError("deep")

def level1():
    level2()

try:
    level1()
except IndexError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
print(ValueError("never raised").__traceback__)

# the traceback module
try:
    try:
        level1()
    except IndexError:
        fail("while handling")
except ValueError:
    text = traceback.format_exc()
print(clean(text), end="")
try:
    level1()
except IndexError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
    print(traceback.format_exception_only(type(e), e))
    out = io.StringIO()
    traceback.print_exc(file=out)
    print(clean(out.getvalue()), end="")
print(traceback.format_exc(), end="")
