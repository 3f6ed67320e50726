# One attribute site seeing several classes while classes and instances change under it.
class A:
    kind = "a"
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C:
    kind = "c"
    def who(self):
        return "C"
class D(C):
    __slots__ = ("kind",)
objs = [A(), B(), C(), A(), B(), C()]
out = []
for step in range(6):
    for o in objs:
        out.append(o.who() + o.kind)
    if step == 1:
        B.who = lambda self: "B2"
    if step == 2:
        A.kind = "a2"
    if step == 3:
        objs[3].kind = "own"
        objs[0].who = lambda: "inst"
    if step == 4:
        del C.who
        C.who = lambda self: "C2"
        d = D()
        d.kind = "slot"
        objs.append(d)
print(" ".join(out))
