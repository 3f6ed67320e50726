class K:
    A = "a"
    B = "a"
def m(v):
    match v:
        case {K.A: x, K.B: y}:
            return (x, y)
    return "no"
for v in ({"a": 1}, {"b": 1}, [1]):
    try:
        print(m(v))
    except Exception as e:
        print(type(e).__name__, e)
class N:
    ONE = 1
    ONE_F = 1.0
def n(v):
    match v:
        case {N.ONE: a, N.ONE_F: b}:
            return (a, b)
    return "no"
try:
    print(n({1: "x"}))
except ValueError as e:
    print("ValueError", e)
src = 'match x:\n    case {"a": 1, "a": 2}:\n        pass\n'
try:
    compile(src, "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
