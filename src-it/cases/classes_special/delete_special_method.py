# Deleting a special method falls back to a base class's, or to object's behaviour.
class Base:
    def __repr__(self): return "Base.repr"
    def __len__(self): return 1
class Child(Base):
    def __repr__(self): return "Child.repr"
    def __len__(self): return 2
    def __eq__(self, o): return True
c = Child()
print(repr(c), len(c), c == 5)
del Child.__repr__
del Child.__len__
print(repr(c), len(c))
del Child.__eq__
print(c == 5, c == c, Child.__hash__ is None)
del Base.__repr__
print(repr(c).startswith("<__main__.Child object"), len(c))
del Base.__len__
try:
    len(c)
except TypeError as e:
    print(e)
try:
    del Child.__str__
except AttributeError as e:
    print(e)
try:
    int.__add__ = None
except TypeError as e:
    print(e)
