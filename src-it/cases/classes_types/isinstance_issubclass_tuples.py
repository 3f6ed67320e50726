# isinstance / issubclass with classes, tuples and their errors
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, (A,)))))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(B, ()), issubclass(A, B))
print(issubclass(bool, int), issubclass(B, object), isinstance(B, type))
for f, args in [(isinstance, (b, 1)), (isinstance, (b, (A, 1))), (issubclass, (1, A)),
                (issubclass, (B, 1)), (issubclass, (B, (A, 1))), (issubclass, (b, A))]:
    try:
        print(f(*args))
    except TypeError as e:
        print(f.__name__, e)
try:
    isinstance(b)
except TypeError as e:
    print(e)
print(isinstance(b, A | C), issubclass(B, C | A), isinstance(3, int | None))
