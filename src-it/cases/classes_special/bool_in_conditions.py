# __bool__ in if/while/and/or/not, its exceptions, and NotImplemented in a boolean context.
class B:
    def __init__(self, v, name): self.v, self.name = v, name
    def __bool__(self):
        print("bool of", self.name); return self.v
    def __repr__(self): return self.name
t, f = B(True, "t"), B(False, "f")
print(t and f, f and t, t or f, f or t, not t)
if f or t:
    print("branch taken")
n = 0
while B(n < 2, f"w{n}"):
    n += 1
print([x for x in [t, f] if x])
class Raises:
    def __bool__(self): raise RuntimeError("no truth")
try:
    if Raises():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
try:
    print(not Raises())
except RuntimeError as e:
    print("RuntimeError", e)
print(all([t, t]), any([f, f]), bool(B(False, "x")) is False)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(e)
