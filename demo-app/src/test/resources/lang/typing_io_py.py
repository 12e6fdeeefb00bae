# typing (names only) and io.StringIO in Python (bundled), with from __future__ import annotations.
from __future__ import annotations
from typing import List, Dict, Optional, TypeVar, Generic, Callable, Tuple, Any, Union, TYPE_CHECKING
import io
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
def apply(f: Callable[[int], int], xs: List[int]) -> Dict[int, int]:
    return {x: f(x) for x in xs}
def pair(a: Union[int, str], b: Any = None) -> Tuple[Any, Any]:
    return (a, b)
s = Stack()
s.push(1); s.push(2)
print(s.pop(), s.pop(), s.pop(), TYPE_CHECKING, T)
print(apply(lambda v: v * v, [1, 2, 3]), pair("x"))
count: int = 3
print(count)
buf = io.StringIO()
buf.write("hello\n")
print("world", file=buf)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readline(), end="")
print(buf.readlines())
with io.StringIO("a\nb\nc") as f:
    for line in f:
        print(repr(line))
print(f.closed)
g = io.StringIO("abcdef")
print(g.read(2), g.read(), repr(g.read()))
try:
    g.write(5)
except TypeError as e:
    print("TypeError", e)
