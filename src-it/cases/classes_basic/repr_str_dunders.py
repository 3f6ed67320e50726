class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = P(1, "a")
print(p, repr(p), [p], str([p]), f"{p}", f"{p!r}")
class NoRepr:
    pass
print(repr(NoRepr()).startswith("<__main__.NoRepr object at 0x"))
