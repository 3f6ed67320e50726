# The left operand's method first, then the right's reflected one; call order printed.
class L:
    def __init__(self, tag): self.tag = tag
    def __add__(self, o):
        print(f"{self.tag}.__add__({o.tag if isinstance(o, L) else o!r})")
        return NotImplemented
    def __radd__(self, o):
        print(f"{self.tag}.__radd__({o.tag if isinstance(o, L) else o!r})")
        return f"radd by {self.tag}"
class R:
    def __radd__(self, o):
        print("R.__radd__")
        return "R wins"
print(L("a") + L("b"))
print(L("a") + R())
print(1 + L("c"))
print("s" + R())
try:
    L("a") + 1
except TypeError as e:
    print(e)
