# The builtins module is the builtins namespace itself; code objects' co_* attributes.
import builtins
def f(a, b=1, *args, c, **kw):
    x = a + b
    return x
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames[:3], co.co_firstlineno, co.co_filename == __file__)
print(builtins.len([1, 2]), builtins.__name__, hasattr(builtins, "print"))
real_print = builtins.print
def shout(*args, **kwargs):
    real_print(*[str(a).upper() for a in args], **kwargs)
builtins.print = shout
print("quiet")
builtins.print = real_print
print("back")
exec("print(__name__)", {})
