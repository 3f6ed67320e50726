# int | str: types.UnionType, its repr, args, equality, hashing and isinstance.
import types
class Local: pass
u = int | str
print(u, type(u), type(u) is types.UnionType, u.__args__, u.__parameters__)
print(int | None, None | int, Local | None, int | list[int] | None, str | int | str)
print((int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int))
print(int | int, type(int | int), (int | str) | bytes, int | (str | bytes))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(1.5, int | str))
print(issubclass(bool, int | str), issubclass(float, int | str))
for bad in [lambda: int | 3, lambda: int | "str", lambda: list[int] | 3]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    types.UnionType()
except TypeError as e:
    print(e)
try:
    (int | str)[int]
except TypeError as e:
    print(e)
print((int | str).__or__(1), (int | str).__or__(bytes))
