# set and frozenset subclasses: operators return the base type; methods; repr; hashing.
class Tags(set):
    def __repr__(self):
        return f"Tags({sorted(self)})"
t = Tags([3, 1, 2])
print(t, len(t), 2 in t)
for r in [t | {9}, t & {1, 2}, t - {1}, t ^ {1, 7}, t.union([5]), t.copy(), t.difference(), {9} | t]:
    print(sorted(r), type(r).__name__)
t.add(4)
t |= {5}
t -= {1}
print(t, type(t).__name__)
class Frozen(frozenset):
    pass
f = Frozen([1, 2])
print(sorted(f), type(f).__name__, type(f | {3}).__name__, type(f.copy()).__name__, hash(f) == hash(frozenset([1, 2])))
print(repr(Frozen()), repr(Frozen([1])), f == frozenset({1, 2}), f == {1, 2}, {f: "k"}[frozenset({1, 2})])
class FNew(frozenset):
    def __new__(cls, *items):
        print("FNew.__new__", items)
        return super().__new__(cls, items)
g = FNew(1, 2, 2)
print(sorted(g), type(g).__name__)
class S(set):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label
s = S([1], "lbl")
print(s, s.label, S.__init__ is not set.__init__)
