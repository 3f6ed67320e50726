# Sequences: + and * try the number slots of both sides before concatenation and repetition.
class R:
    def __radd__(self, other):
        print("R.__radd__", other); return "radd"
    def __rmul__(self, other):
        print("R.__rmul__", other); return "rmul"
print([1] + R(), (1,) + R(), "s" + R(), [1] * R(), "ab" * R())
class Declines:
    def __radd__(self, other): return NotImplemented
    def __rmul__(self, other): return NotImplemented
for expr in ["[1] + Declines()", "'s' + Declines()", "(1,) + Declines()", "[1] * Declines()", "b'x' + Declines()"]:
    try:
        eval(expr)
    except TypeError as e:
        print(e)
class Idx:
    def __index__(self): return 2
print([0] * Idx(), Idx() * "ab", (1, 2) * Idx(), bytearray(b"x") * Idx())
class Both:
    def __index__(self): return 3
    def __rmul__(self, other):
        print("Both.__rmul__"); return "both"
print([0] * Both(), "x" * Both())
