# __slots__: member descriptors and their errors
class P:
    __slots__ = ("x", "y")
p = P()
p.x = 1
print(p.x, P.x, type(P.x).__name__)
try:
    p.y
except AttributeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
print(P.x.__name__, P.x.__objclass__ is P)
try:
    P.x.__get__(1)
except TypeError as e:
    print(e)
try:
    P.x.__set__("s", 1)
except TypeError as e:
    print(e)
print(P.x.__get__(None, P) is P.x)
print(hasattr(p, "__dict__"), P.__slots__)
