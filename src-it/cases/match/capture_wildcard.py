def m(v):
    match v:
        case [x, _, _]:
            return ("three", x)
        case [_, *_]:
            return ("some", None)
        case {"k": _}:
            return ("mapping with k", None)
        case x:
            return ("captured", x)
for v in ([1, 2, 3], [4], {"k": 0}, "s", 42):
    print(m(v))
match 5:
    case n:
        pass
print("n after match", n)
try:
    _
except NameError as e:
    print("wildcard binds nothing:", e)
def local():
    match [1, 2]:
        case [a, b]:
            pass
    return a + b
print(local())
