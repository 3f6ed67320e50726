# A loop's cached lookups see special methods and attributes change between iterations.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return self.x + o
    def size(self): return 1
v = V(1)
results = []
for i in range(6):
    results.append((v + i, v.size(), len([0] * i)))
    if i == 1:
        V.__add__ = lambda self, o: self.x * 100 + o
    if i == 2:
        V.size = lambda self: 2
    if i == 3:
        V.__add__ = lambda self, o: "replaced"
    if i == 4:
        v.size = lambda: "instance"
print(results)
class A:
    def m(self): return "A.m"
class B(A): pass
b = B()
out = []
for i in range(4):
    out.append(b.m())
    if i == 0:
        A.m = lambda self: "A.m v2"
    if i == 1:
        B.m = lambda self: "B.m"
    if i == 2:
        del B.m
print(out)
