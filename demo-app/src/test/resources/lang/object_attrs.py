# Class docstrings and qualified names, function __defaults__/__kwdefaults__/__globals__, __call__, frozenset operands.
class A:
    """Doc of A."""
    class B:
        pass
    def m(self):
        class L:
            pass
        return L
class N:
    pass
def f(a, b=2, *, c=3):
    "f doc"
    return a
print(A.__doc__, N.__doc__, A.B.__qualname__, A().m().__qualname__, A.m.__qualname__)
print(f.__defaults__, f.__kwdefaults__, f.__globals__["__name__"], f.__doc__, f.__name__)
print(hasattr(f, "__call__"), hasattr(len, "__call__"), hasattr(A, "__call__"), callable(A()))
print(frozenset({1}) | {2}, {1} | frozenset({2}), frozenset([1, 2]) & {2}, type(frozenset() - set()).__name__)
