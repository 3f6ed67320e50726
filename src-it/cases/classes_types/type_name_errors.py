# Setting __name__, __qualname__ and __doc__ on classes
class A:
    "doc"
A.__name__ = "B"
print(A, A.__name__, A.__qualname__)
A.__doc__ = None
print(A.__doc__)
A.__doc__ = 42
print(A.__doc__)
try:
    del A.__doc__
except TypeError as e:
    print(e)
try:
    del A.__qualname__
except TypeError as e:
    print(e)
try:
    A.__name__ = b"bytes"
except TypeError as e:
    print(e)
class S(str): pass
A.__name__ = S("StrSub")
print(A.__name__, type(A.__name__).__name__)
try:
    A.__mro__ = (A,)
except AttributeError as e:
    print(e)
try:
    A.__base__ = object
except AttributeError as e:
    print(e)
try:
    int.__doc__ = "x"
except TypeError as e:
    print(e)
