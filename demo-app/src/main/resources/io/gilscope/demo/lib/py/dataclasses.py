"""dataclasses: @dataclass (init, repr, eq, order, frozen, unsafe_hash), field, fields, asdict, astuple,
replace, is_dataclass and __post_init__, as CPython 3.11's Lib/dataclasses.py behaves. Fields come from
the class's annotations in the order written; ClassVar annotations are not fields. The generated methods
are closures over the fields, not generated source."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'fields', 'asdict', 'astuple', 'replace',
           'is_dataclass', 'MISSING']


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare

    def __repr__(self):
        return "Field(name=" + repr(self.name) + ",type=" + repr(self.type) + ",default=" + repr(self.default) + ")"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare)


def _is_classvar(annotation):
    return isinstance(annotation, str) and (annotation.startswith("ClassVar") or annotation.startswith("typing.ClassVar"))


def _collect(cls):
    found = {}
    for base in reversed(_bases(cls)):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            found[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {}) if hasattr(cls, "__dict__") else {}
    for name, annotation in annotations.items():
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = annotation
        if isinstance(f.default, (list, dict, set)):
            raise ValueError("mutable default " + repr(type(f.default)) + " for field " + name + " is not allowed: use default_factory")
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        found[name] = f
    return found


def _bases(cls):
    chain = []
    base = cls.__base__
    while base is not None and base is not object:
        chain.append(base)
        base = base.__base__
    return chain


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True):
    def wrap(cls):
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args)
    return wrap if cls is None else wrap(cls)


def _process(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args):
    all_fields = _collect(cls)
    cls.__dataclass_fields__ = all_fields
    field_list = list(all_fields.values())
    init_fields = [f for f in field_list if f.init]
    seen_default = False
    for f in init_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '" + f.name + "' follows default argument")
    compared = [f.name for f in field_list if f.compare]
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple([f.name for f in init_fields])

    def values(self):
        return tuple([getattr(self, n) for n in compared])

    if init:
        def __init__(self, *args, **kwargs):
            if len(args) > len(init_fields):
                raise TypeError("__init__() takes " + str(len(init_fields) + 1) + " positional arguments but " + str(len(args) + 1) + " were given")
            for i, f in enumerate(init_fields):
                if i < len(args):
                    value = args[i]
                    if f.name in kwargs:
                        raise TypeError("__init__() got multiple values for argument '" + f.name + "'")
                elif f.name in kwargs:
                    value = kwargs.pop(f.name)
                elif f.default is not MISSING:
                    value = f.default
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    raise TypeError(type(self).__qualname__ + ".__init__() missing 1 required positional argument: '" + f.name + "'")
                object.__setattr__(self, f.name, value)
            if kwargs:
                raise TypeError("__init__() got an unexpected keyword argument '" + list(kwargs)[0] + "'")
            for f in field_list:
                if not f.init and f.default_factory is not MISSING:
                    object.__setattr__(self, f.name, f.default_factory())
            post_init = getattr(self, "__post_init__", None)
            if post_init is not None:
                post_init()
        cls.__init__ = __init__

    if repr_:
        shown = [f.name for f in field_list if f.repr]

        def __repr__(self):
            return type(self).__qualname__ + "(" + ", ".join([n + "=" + repr(getattr(self, n)) for n in shown]) + ")"
        cls.__repr__ = __repr__

    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        def __lt__(self, other):
            return values(self) < values(other) if other.__class__ is self.__class__ else NotImplemented

        def __le__(self, other):
            return values(self) <= values(other) if other.__class__ is self.__class__ else NotImplemented

        def __gt__(self, other):
            return values(self) > values(other) if other.__class__ is self.__class__ else NotImplemented

        def __ge__(self, other):
            return values(self) >= values(other) if other.__class__ is self.__class__ else NotImplemented
        cls.__lt__, cls.__le__, cls.__gt__, cls.__ge__ = __lt__, __le__, __gt__, __ge__

    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError("cannot assign to field '" + name + "'")
        cls.__setattr__ = __setattr__

    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(values(self))
        cls.__hash__ = __hash__
    elif eq and "__hash__" not in cls.__dict__:
        cls.__hash__ = None
    return cls


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    cls = class_or_instance if isinstance(class_or_instance, type) else type(class_or_instance)
    if not hasattr(cls, "__dataclass_fields__"):
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(cls.__dataclass_fields__.values())


def _convert(obj, as_dict):
    if is_dataclass(obj) and not isinstance(obj, type):
        if as_dict:
            return dict([(f.name, _convert(getattr(obj, f.name), True)) for f in fields(obj)])
        return tuple([_convert(getattr(obj, f.name), False) for f in fields(obj)])
    if isinstance(obj, list):
        return [_convert(v, as_dict) for v in obj]
    if isinstance(obj, tuple):
        return tuple([_convert(v, as_dict) for v in obj])
    if isinstance(obj, dict):
        return dict([(_convert(k, as_dict), _convert(v, as_dict)) for k, v in obj.items()])
    return obj


def asdict(obj):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, True)


def astuple(obj):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, False)


def replace(obj, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
