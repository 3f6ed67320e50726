def m(v):
    match v:
        case [a, b, c]:
            return f"sequence {a!r} {b!r} {c!r}"
        case [*_]:
            return "some sequence"
        case str() | bytes() | bytearray():
            return "text-like, not a sequence"
        case _:
            return "other"
for v in ("abc", b"abc", bytearray(b"abc"), [1, 2, 3], (1,), memoryview(b"xyz"), {"a": 1}, {1, 2, 3}, 3):
    print(type(v).__name__, m(v))
class L(list):
    pass
class T(tuple):
    pass
class S(str):
    pass
print(m(L([7, 8, 9])), m(T((1, 2))), m(S("xyz")))
