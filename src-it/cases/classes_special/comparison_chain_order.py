# a < b < c evaluates b once and stops early; min/max/sorted ask < and > in CPython's order.
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"{self.v} < {o.v}"); return self.v < o.v
    def __gt__(self, o):
        print(f"{self.v} > {o.v}"); return self.v > o.v
    def __repr__(self): return f"N{self.v}"
def make(v):
    print("make", v); return N(v)
print(make(1) < make(2) < make(3))
print(make(3) < make(1) < make(2))
print(min([N(3), N(1), N(2)]))
print(max([N(3), N(1), N(2)]))
print(min(N(5), N(4), key=lambda n: n))
print(sorted([N(2), N(3), N(1)]))
print(max([N(1), N(1)], default=None).v)
