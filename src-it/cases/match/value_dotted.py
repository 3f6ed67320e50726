class Color:
    RED = 1
    GREEN = 2
    class Shade:
        DARK = "dark"
class Noisy:
    def __eq__(self, other):
        print("Noisy.__eq__", other)
        return NotImplemented
class Const:
    N = Noisy()
def m(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.Shade.DARK:
            return "dark"
        case Const.N:
            return "noisy matched"
    return "none"
for v in (1, 2, "dark", 3, 1.0, True):
    print(repr(v), m(v))
Color.RED = 7
print(m(7), m(1))
