# Attribute lookup on a class: own dict, bases, then the metatype
class A:
    x = "A.x"
class B(A): pass
print(B.x, B.__name__, B.mro.__name__, B.mro.__qualname__)
print(hasattr(B, "mro"), hasattr(B(), "mro"))
try:
    B().mro
except AttributeError as e:
    print(e)
try:
    B.nope
except AttributeError as e:
    print(e)
try:
    int.nope
except AttributeError as e:
    print(e)
print(getattr(B, "y", "default"))
B.y = 1
print(B.y, A.__dict__.get("y"))
del B.y
try:
    del B.y
except AttributeError as e:
    print(e)
try:
    del int.real
except TypeError as e:
    print(e)
try:
    del B.__name__
except TypeError as e:
    print(e)
