# f-string and format() conversions !r !s !a with __repr__/__str__/__format__.
class V:
    def __repr__(self): return "V.repr-é"
    def __str__(self): return "V.str"
    def __format__(self, spec): return f"V.format({spec})"
v = V()
print(f"{v}", f"{v!r}", f"{v!s}", f"{v!a}", f"{v:>8}", f"{v!r:>12}", f"{v!s:*^9}")
print("{0} {0!r} {0!s} {0!a} {0:spec}".format(v))
width = 6
print(f"{v:{width}}", f"{42:{width}d}", f"{'x':{'>'}{width}}")
print(format(v, ""), str(v), repr(v), ascii(v))
class NoStr:
    def __repr__(self): return "only repr"
print(f"{NoStr()}", str(NoStr()), format(NoStr()))
class FmtRaises:
    def __format__(self, spec): raise ValueError(f"bad spec {spec!r}")
try:
    f"{FmtRaises():x}"
except ValueError as e:
    print(e)
