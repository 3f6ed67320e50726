import copy

class Point:
    def __init__(self, x, items):
        self.x = x
        self.items = items

p = Point(1, [2])
s = copy.copy(p)
d = copy.deepcopy(p)
print(type(s).__name__, s.x, s.items is p.items, d.items is p.items, d.items == p.items)

class Slots:
    __slots__ = ("a", "b")

o = Slots()
o.a = [1]
c = copy.deepcopy(o)
print(c.a, c.a is o.a, hasattr(c, "b"))

class State:
    def __init__(self):
        self.n = 1
    def __getstate__(self):
        return {"n": self.n + 1}
    def __setstate__(self, st):
        self.n = st["n"] * 10

print(copy.copy(State()).n, copy.deepcopy(State()).n)
