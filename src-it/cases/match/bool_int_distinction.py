def m(v):
    match v:
        case True:
            return "literal True"
        case 1:
            return "literal 1"
        case int(x) if x is False:
            return "int() captured False"
    return "none"
for v in (True, 1, 1.0, False, 0):
    print(repr(v), m(v))
def k(v):
    match v:
        case bool():
            return "bool"
        case int():
            return "int"
        case float():
            return "float"
        case complex():
            return "complex"
    return "?"
print([k(v) for v in (True, 3, 3.0, 3j, "3")])
match {True: "t"}:
    case {1: v}:
        print("mapping key 1 finds True key:", v)
match [True, 0.0]:
    case [1, False]:
        print("sequence items compared with ==")
