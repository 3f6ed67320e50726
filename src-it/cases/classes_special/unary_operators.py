# -x, +x, ~x, abs(x) through __neg__, __pos__, __invert__, __abs__; errors otherwise.
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
u = U()
print(-u, +u, ~u, abs(u))
class N: pass
for expr in ["-N()", "+N()", "~N()", "abs(N())", "~1.5", "-'s'", "+[]", "abs('x')", "~None"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
print(-True, +False, ~True, abs(-2.5), ~-1)
class Sub(int):
    pass
print(type(-Sub(3)).__name__, type(+Sub(3)).__name__, type(abs(Sub(-3))).__name__, type(~Sub(3)).__name__)
