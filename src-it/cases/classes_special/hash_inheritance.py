# __hash__ and __eq__ through inheritance: overriding __eq__ drops the inherited __hash__.
class Base:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Base) and o.k == self.k
    def __hash__(self): return hash(self.k)
class EqOverride(Base):
    def __eq__(self, o): return super().__eq__(o)
class KeepsHash(Base):
    def __eq__(self, o): return super().__eq__(o)
    __hash__ = Base.__hash__
class NoOverride(Base):
    pass
for cls in [Base, EqOverride, KeepsHash, NoOverride]:
    try:
        print(cls.__name__, hash(cls(3)) == hash(3), cls.__hash__ is None)
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
s = {Base(1), NoOverride(1), KeepsHash(1)}
print(len(s))
class Later:
    pass
Later.__eq__ = lambda self, o: True
print(Later.__hash__ is object.__hash__, hash(Later()) is not None)
class HashOnlyInSub(EqOverride):
    def __hash__(self): return 7
print(hash(HashOnlyInSub(0)))
