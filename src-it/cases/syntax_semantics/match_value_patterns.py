class Color:
    RED = 1
    GREEN = 2
class K:
    LIMIT = 10
def m(v):
    match v:
        case Color.RED:
            return "red"
        case K.LIMIT:
            return "limit"
        case -1:
            return "minus one"
        case 1+2j:
            return "complex"
        case b"raw":
            return "bytes"
    return "none"
for v in (Color.RED, Color.GREEN, 10, -1, 1+2j, b"raw"):
    print(m(v))
