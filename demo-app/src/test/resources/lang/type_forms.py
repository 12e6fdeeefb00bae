# PEP 585 and PEP 604 at run time: list[int], __class_getitem__, int | None, isinstance with a union.
class A:
    def __class_getitem__(cls, item):
        return ("A of", item)
print(A[int], list[int], dict[str, list[int]], tuple[int, ...], type[A])
print(int | None, int | str | None, (int | str) | float, list[int] | None, int | int)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, int | str) if False else None)
Vec = list[float]
print(Vec([1.0, 2.0]), Vec.__origin__, Vec.__args__, list[int] == list[int], (int | str) == (str | int))
try:
    int[0]
except TypeError as e:
    print("TypeError", e)
