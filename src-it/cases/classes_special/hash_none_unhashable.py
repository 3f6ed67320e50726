# __hash__ = None makes instances unhashable; defining __eq__ alone sets __hash__ to None.
class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, o): return True
class EqAndHash:
    def __eq__(self, o): return True
    def __hash__(self): return 42
class Inherits(EqAndHash):
    def __eq__(self, o): return False
for cls in [NoHash, EqOnly, EqAndHash, Inherits]:
    print(cls.__name__, "__hash__" in cls.__dict__, cls.__dict__.get("__hash__", "-") is None)
    try:
        print(" hash:", hash(cls()))
    except TypeError as e:
        print(" TypeError:", e)
for bad in [[], {}, set(), bytearray()]:
    try:
        {bad: 1}
    except TypeError as e:
        print(e)
try:
    {1: 2}[[1]]
except TypeError as e:
    print(e)
try:
    set([(1, [2])])
except TypeError as e:
    print(e)
print(list.__hash__, dict.__hash__ is None)
