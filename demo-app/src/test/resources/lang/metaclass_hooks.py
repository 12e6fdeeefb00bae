# A metaclass's __getattr__ answers for names its classes lack; its __len__, __iter__ and __contains__ work on them.
class M(type):
    def __getattr__(cls, name):
        if name.startswith("x_"):
            return "meta:" + name
        raise AttributeError(name)
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter([1, 2, 3])
    def __contains__(cls, x):
        return x == 2
class A(metaclass=M):
    tag = 1
print(A.x_missing, A.tag, hasattr(A, "other"), len(A), list(A), 2 in A, 5 in A)
