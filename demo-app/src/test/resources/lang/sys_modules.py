# sys.modules is the live table of loaded modules; a SyntaxError carries msg, filename, lineno and offset.
import sys, json
print('json' in sys.modules, sys.modules[__name__].__name__, type(sys.modules).__name__, sys.modules['json'] is json)
this = sys.modules[__name__]
this.added = 5
print(added)
try:
    compile("x = (1,\ny = 2 +", "<snippet>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno, type(e.msg).__name__, isinstance(e.offset, int))
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(e.lineno, e.filename)


# sys._getframe: the frame's code object, and its caller's frame and locals when asked for
def h():
    fr = sys._getframe()
    print(type(fr.f_code).__name__, fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_back is None, sorted(fr.f_back.f_locals))


def k():
    y = 2
    h()


k()
