# Special methods assigned on the class after instances exist take effect at once.
class C:
    pass
c = C()
tests = [("+", lambda: c + 1), ("len", lambda: len(c)), ("iter", lambda: list(c)),
         ("[]", lambda: c[2]), ("repr", lambda: repr(c)[:9]), ("==", lambda: c == 5),
         ("<", lambda: c < 5), ("call", lambda: c(1)), ("neg", lambda: -c), ("in", lambda: 3 in c),
         ("bool", lambda: bool(c)), ("hash", lambda: hash(c) == 99)]
def run():
    out = []
    for name, f in tests:
        try:
            out.append(f"{name}={f()!r}")
        except TypeError as e:
            out.append(f"{name}:TypeError")
    print(" ".join(out))
run()
C.__add__ = lambda self, o: o + 100
C.__len__ = lambda self: 4
C.__iter__ = lambda self: iter("ab")
C.__getitem__ = lambda self, k: k * 3
C.__repr__ = lambda self: "C-instance"
C.__eq__ = lambda self, o: o == 5
C.__lt__ = lambda self, o: "lt"
C.__call__ = lambda self, x: x * 2
C.__neg__ = lambda self: "negated"
C.__contains__ = lambda self, x: True
C.__bool__ = lambda self: False
run()
C.__hash__ = lambda self: 99
run()
for name in ["__add__", "__len__", "__iter__", "__getitem__", "__repr__", "__eq__", "__lt__",
             "__call__", "__neg__", "__contains__", "__bool__", "__hash__"]:
    delattr(C, name)
run()
