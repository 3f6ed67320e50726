# 'in' uses __contains__, then __iter__, then __getitem__; results become bools.
class C:
    def __contains__(self, x):
        print("contains", x); return x % 2
print(3 in C(), 4 in C(), 4 not in C())
class Truthy:
    def __contains__(self, x): return [x]
print(1 in Truthy(), type(1 in Truthy()).__name__)
class IterOnly:
    def __iter__(self):
        print("iter"); return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i
print(4 in GetItemOnly(), 7 in GetItemOnly())
for obj in [object(), 5, None]:
    try:
        1 in obj
    except TypeError as e:
        print(e)
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print(e)
class Raises:
    def __contains__(self, x): raise ValueError("inside")
try:
    1 in Raises()
except ValueError as e:
    print("ValueError", e)
