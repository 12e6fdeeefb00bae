"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, with CPython 3.11's behaviour for the
common uses, written for this interpreter on its metaclasses (EnumType makes the members from the class
body, in the order written, and answers iteration, len, in, [] and calls on the class).

Members of IntEnum, StrEnum and IntFlag are int and str instances, as in CPython. Not provided:
member()/nonmember(), verify(), global_enum(), _ignore_, and the boundary options of Flag.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique']

_auto_null = object()


class auto:
    """A member's value chosen by the enum's _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_member(key, value):
    if key.startswith('_'):
        return False
    if isinstance(value, (property, classmethod, staticmethod)):
        return False
    return isinstance(value, auto) or not callable(value)


class EnumType(type):
    """The enums' metaclass: makes the members, and answers for the class as a collection of them."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        members = [(k, v) for k, v in classdict.items() if _is_member(k, v)]
        for base in bases:
            if getattr(base, '_member_names_', None):
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        for key, _ in members:
            classdict.pop(key)
        enum_class = super().__new__(metacls, cls, bases, classdict)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            enum_class._add_member_(name, value)
            last_values.append(value)
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = _member_type(cls)
        member = object.__new__(cls) if member_type is object else member_type.__new__(cls, *args)
        init = _own_init(cls)
        if init is not None:
            init(member, *args)
        member._name_ = name
        member._value_ = value
        member._sort_order_ = len(cls._member_names_)
        existing = cls._lookup_value_(value)
        if existing is not None:
            member = existing          # an alias: the first member with this value
        else:
            cls._member_names_.append(name)
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                pass
        cls._member_map_[name] = member
        setattr(cls, name, member)

    def _lookup_value_(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
            return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new_member__(value)
        return cls._create_(value, names, module=module, type=type, start=start)

    def __new_member__(cls, value):
        if isinstance(value, cls):
            return value
        member = cls._lookup_value_(value)
        if member is not None:
            return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member" % (cls.__name__, result))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, type=None, start=1):
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {'__module__': module or '__main__'}
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                item = (item, names[item])
            classdict[item[0]] = item[1]
        bases = (cls,) if type is None else (type, cls)
        metacls = cls.__class__
        return metacls(class_name, bases, classdict)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType
Flag = None   # defined below; EnumType.__repr__ asks


def _own_init(cls):
    """An __init__ of the enum's own classes (members made from tuples pass them to it), not object's."""
    for klass in cls.__mro__:
        if klass is Enum or klass is object:
            break
        if '__init__' in klass.__dict__:
            return klass.__dict__['__init__']
    return None


def _member_type(cls):
    """The builtin type the members are instances of (int for IntEnum, str for StrEnum), else object."""
    for klass in cls.__mro__[1:]:
        if klass in (int, str, float):
            return klass
    return object


class Enum(metaclass=EnumType):
    """A set of named members, one per value."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return last_values[-1] + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_values[-1],)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Keeps Enum's repr, but str() and format() are the value's."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def _value(x):
    return x._value_ if isinstance(x, Enum) else x


class IntEnum(int, ReprEnum):
    """Members that are ints: str() and format() are the int's, repr() the enum's."""

    __repr__ = Enum.__repr__   # int's would come first in the order


class StrEnum(str, ReprEnum):
    """Members that are strs; auto() gives the lower-cased name."""

    __repr__ = Enum.__repr__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members that combine with | & ^ ~; auto() gives the next power of two."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = 0
        for member in cls:
            all_bits |= member._value_
        if value & ~all_bits:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        return _pseudo_member(cls, value)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ and m._value_ & self._value_ == m._value_ and m._value_ & (m._value_ - 1) == 0)

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        return self.__class__(self._value_ | _value(other))

    def __and__(self, other):
        return self.__class__(self._value_ & _value(other))

    def __xor__(self, other):
        return self.__class__(self._value_ ^ _value(other))

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        all_bits = 0
        for member in self.__class__:
            all_bits |= member._value_
        return self.__class__(all_bits & ~self._value_)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __hash__(self):
        return hash(self._value_)


def _pseudo_member(cls, value):
    """A combination of flags, named by its members in definition order (R|W), made once per value."""
    member_type = _member_type(cls)
    pseudo = object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
    pseudo._value_ = value
    members = [m for m in cls if m._value_ and m._value_ & value == m._value_]
    parts = [m._name_ for m in members]
    rest = value
    for m in members:
        rest &= ~m._value_
    if rest and parts:
        parts.append(str(rest))   # bits no member names (an IntFlag keeps them)
    pseudo._name_ = '|'.join(parts) if parts else None
    cls._value2member_map_[value] = pseudo
    return pseudo


class IntFlag(int, ReprEnum, Flag):
    """Flags that are ints: str() and format() are the int's, any int is a valid value, and | & ^ ~ give
    IntFlag members as Flag's do (int's would come first in the order)."""

    @classmethod
    def _missing_(cls, value):
        return _pseudo_member(cls, value)

    __or__, __and__, __xor__ = Flag.__or__, Flag.__and__, Flag.__xor__
    __ror__, __rand__, __rxor__ = Flag.__ror__, Flag.__rand__, Flag.__rxor__
    __invert__ = Flag.__invert__
    __repr__ = Flag.__repr__
    __contains__, __iter__, __len__ = Flag.__contains__, Flag.__iter__, Flag.__len__


def unique(enumeration):
    """Raises ValueError if any member is an alias of another."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias_details = ', '.join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
