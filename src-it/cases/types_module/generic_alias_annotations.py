# Builtin generics in annotations and unions of them, as a type checker would read them.
def f(items: list[int], lookup: dict[str, list[int]] | None = None) -> tuple[int, ...]:
    return tuple(items)
print(f.__annotations__)
print(f([1, 2]), f.__annotations__["lookup"].__args__)
Matrix = list[list[float]]
print(Matrix, Matrix.__args__[0].__args__, Matrix([[1.0]]))
Callback = dict[str, type[Exception]]
print(Callback, Callback.__args__[1].__origin__)
print(list[int | str], dict[str, int | None], (list[int] | None).__args__)
print(set[int] == set[int], set[int] == frozenset[int], len({list[int], list[int], list[str]}))
