# Literal patterns compare with ==, except True/False/None which compare with `is`.
def m(v):
    match v:
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case -2:
            return "minus two"
        case 3 + 4j:
            return "complex"
        case -1 - 1j:
            return "negative complex"
        case "abc":
            return "str"
        case b"xy":
            return "bytes"
        case "a" "b":
            return "concatenated"
        case _:
            return "other"
for v in (0, 0.0, False, 1.5, -2, -2.0, 3 + 4j, -1 - 1j, "abc", b"xy", "ab", bytearray(b"xy"), "xy", None):
    print(repr(v), m(v))
