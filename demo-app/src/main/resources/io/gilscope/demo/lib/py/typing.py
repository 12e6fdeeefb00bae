"""typing: the names only. Annotations are not checked by CPython either; here List[int], Optional[str] and
the like are placeholders that can be subscripted, and Generic[T] and Protocol are plain object bases."""


class _Alias:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError("Type " + self._name + " cannot be instantiated")

    def __repr__(self):
        return "typing." + self._name


class _Bases:
    """Generic and Protocol: subscripted as a base class, they give object."""

    def __getitem__(self, params):
        return object


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def NewType(name, tp):
    return lambda x: x


def get_type_hints(obj):
    return {}


TYPE_CHECKING = False
Generic = _Bases()
Protocol = _Bases()
Any = _Alias("Any")
Union = _Alias("Union")
Optional = _Alias("Optional")
List = _Alias("List")
Dict = _Alias("Dict")
Set = _Alias("Set")
FrozenSet = _Alias("FrozenSet")
Tuple = _Alias("Tuple")
Callable = _Alias("Callable")
Iterable = _Alias("Iterable")
Iterator = _Alias("Iterator")
Generator = _Alias("Generator")
Sequence = _Alias("Sequence")
Mapping = _Alias("Mapping")
MutableMapping = _Alias("MutableMapping")
MutableSequence = _Alias("MutableSequence")
Type = _Alias("Type")
ClassVar = _Alias("ClassVar")
Final = _Alias("Final")
Literal = _Alias("Literal")
Deque = _Alias("Deque")
DefaultDict = _Alias("DefaultDict")
Counter = _Alias("Counter")
OrderedDict = _Alias("OrderedDict")
Awaitable = _Alias("Awaitable")
Coroutine = _Alias("Coroutine")
AsyncIterator = _Alias("AsyncIterator")
NoReturn = _Alias("NoReturn")
Hashable = _Alias("Hashable")
Sized = _Alias("Sized")
Collection = _Alias("Collection")
Container = _Alias("Container")
Reversible = _Alias("Reversible")
SupportsInt = _Alias("SupportsInt")
SupportsFloat = _Alias("SupportsFloat")
Annotated = _Alias("Annotated")
TypeAlias = _Alias("TypeAlias")
Self = _Alias("Self")
Never = _Alias("Never")
AnyStr = _Alias("AnyStr")
Text = _Alias("Text")
Pattern = _Alias("Pattern")
Match = _Alias("Match")
IO = _Alias("IO")
TextIO = _Alias("TextIO")
BinaryIO = _Alias("BinaryIO")
