class V:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
    def __format__(self, spec):
        return "format(" + spec + ")"
v = V()
print(f"{v}", f"{v!s}", f"{v!r}", f"{v:spec}", f"{v!s:>6}", str(v), format(v, "x"))
def side(tag):
    print("eval", tag)
    return tag
print(f"{side(1)}{side(2)}{side(3)}")
