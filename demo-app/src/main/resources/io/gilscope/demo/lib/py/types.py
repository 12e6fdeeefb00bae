"""types: SimpleNamespace and MappingProxyType (both in Python, as CPython 3.11 documents them), and the
type names gilscope's interpreter has, each the type() of a sample object as in CPython's Lib/types.py:
FunctionType, LambdaType, MethodType, BuiltinFunctionType, BuiltinMethodType, GeneratorType,
CoroutineType, ModuleType, NoneType.

Left out: CodeType, CellType, FrameType, TracebackType, AsyncGeneratorType, EllipsisType,
NotImplementedType, the descriptor types, GenericAlias, UnionType, new_class, prepare_class,
resolve_bases, DynamicClassAttribute and coroutine. MethodType and ModuleType are for isinstance() only:
calling them does not make a bound method or a module here. A class's __dict__ is not a
MappingProxyType here."""

import sys

__all__ = ["FunctionType", "LambdaType", "MethodType", "BuiltinFunctionType", "BuiltinMethodType",
           "GeneratorType", "CoroutineType", "ModuleType", "NoneType", "SimpleNamespace",
           "MappingProxyType"]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType     # one type in CPython
ModuleType = type(sys)
NoneType = type(None)

del _f, _g, _c, _C

_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    __hash__ = None

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            items = ["%s=%r" % (k, v) for k, v in vars(self).items()]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) != vars(other)
        return NotImplemented


class mappingproxy:
    """A read-only view of a mapping: MappingProxyType(mapping)."""

    def __init__(self, mapping):
        if isinstance(mapping, (list, tuple, str)) or not hasattr(mapping, "keys") \
                or not hasattr(mapping, "__getitem__"):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping == other

    def __ne__(self, other):
        return not self == other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


MappingProxyType = mappingproxy
