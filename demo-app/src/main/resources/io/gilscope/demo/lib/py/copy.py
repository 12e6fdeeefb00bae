"""copy: copy and deepcopy as CPython 3.11's Lib/copy.py does them for what gilscope's interpreter has:
atoms are returned as they are, containers are rebuilt, instances get a new object (its __init__ not run)
with their attributes copied, and __copy__/__deepcopy__ are honoured. deepcopy keeps shared and cyclic
references shared through its memo."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _is_atom(x):
    return x is None or isinstance(x, (int, float, bool, str, bytes, type)) or callable(x) and not hasattr(x, "__dict__")


def copy(x):
    copier = getattr(type(x), "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, list):
        return list(x)
    if isinstance(x, dict):
        return dict(x)
    if isinstance(x, set):
        return set(x)
    if isinstance(x, (tuple, frozenset)) or _is_atom(x):
        return x
    if hasattr(x, "__dict__"):
        y = object.__new__(type(x))
        for name, value in x.__dict__.items():
            object.__setattr__(y, name, value)
        return y
    return x


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    copier = getattr(type(x), "__deepcopy__", None)
    if copier is not None:
        y = copier(x, memo)
    elif isinstance(x, list):
        y = []
        memo[d] = y
        for v in x:
            y.append(deepcopy(v, memo))
    elif isinstance(x, dict):
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif isinstance(x, set):
        y = set([deepcopy(v, memo) for v in x])
    elif isinstance(x, tuple):
        items = [deepcopy(v, memo) for v in x]
        if d in memo:
            return memo[d]
        y = x if all([a is b for a, b in zip(items, x)]) else tuple(items)
    elif _is_atom(x) or isinstance(x, frozenset):
        return x
    elif hasattr(x, "__dict__"):
        y = object.__new__(type(x))
        memo[d] = y
        for name, value in x.__dict__.items():
            object.__setattr__(y, name, deepcopy(value, memo))
    else:
        return x
    memo[d] = y
    return y
