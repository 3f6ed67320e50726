# **= calls __ipow__ (one argument); pow() with a modulus reaches __pow__ with three.
class P:
    def __init__(self, v): self.v = v
    def __ipow__(self, e):
        print("__ipow__", e); self.v **= e; return self
    def __pow__(self, e, mod=None):
        print("__pow__", e, mod)
        return P(pow(self.v, e, mod) if mod is not None else self.v ** e)
    def __rpow__(self, base):
        print("__rpow__", base); return P(base ** self.v)
    def __repr__(self): return f"P({self.v})"
p = P(3)
p **= 2
print(p, pow(p, 2, 5), p ** 2, 2 ** P(3), pow(2, P(4)))
class NoIpow:
    def __pow__(self, e): return f"pow {e}"
x = NoIpow()
x **= 3
print(x)
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(3, 0, 1), (2).__pow__(3, 5), (2).__rpow__(3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
