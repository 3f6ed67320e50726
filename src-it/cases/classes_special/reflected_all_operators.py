# Every reflected operator: int on the left, the class's __rop__ answers.
class R:
    pass
for name, sym in [("radd", "+"), ("rsub", "-"), ("rmul", "*"), ("rtruediv", "/"),
                  ("rfloordiv", "//"), ("rmod", "%"), ("rpow", "**"), ("rlshift", "<<"),
                  ("rrshift", ">>"), ("rand", "&"), ("ror", "|"), ("rxor", "^"), ("rmatmul", "@")]:
    setattr(R, f"__{name}__", (lambda n: lambda self, o: f"{n}({o})")(name))
    print(sym, eval(f"7 {sym} R()"))
print(divmod(7, R()) if hasattr(R, "__rdivmod__") else "no rdivmod")
R.__rdivmod__ = lambda self, o: ("rdivmod", o)
print(divmod(7, R()))
print(pow(2, R()))
