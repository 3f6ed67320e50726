def m(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n):
            return f"int {n}"
        case float(f) if f != f:
            return "nan"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"binary {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": k}):
            return f"dict k={k}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
    return "other"
for v in (True, 0, 7, float("nan"), 2.5, "", b"", "hi", b"by", bytearray(b"ba"), [9, 8], (1, 2), {"k": 3},
          {1, 2}, frozenset({1}), None, [], (1, 2, 3)):
    print(repr(v), m(v))
class MyInt(int):
    pass
match MyInt(5):
    case int(x):
        print("subclass of int matched itself:", type(x).__name__, x)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError", e)
