# Module-level annotations land in __annotations__ (as text, as under from __future__ import annotations).
from __future__ import annotations
x: int = 5
y: "list[str]"
class C:
    a: int
print(__annotations__, C.__annotations__, x)
