# __doc__ of classes
class A:
    "A docstring"
class B(A): pass
class C:
    """Multi
    line"""
    x = 1
print(A.__doc__, B.__doc__, repr(C.__doc__))
print("__doc__" in B.__dict__, B.__dict__["__doc__"])
print(A().__doc__)
class D:
    __doc__ = "explicit"
print(D.__doc__)
D.__doc__ = "changed"
print(D.__doc__)
class E:
    x = "not doc"
    "not a docstring either"
print(E.__doc__)
F = type("F", (), {})
print(F.__doc__)
print(type(int.__doc__), type(int.__dict__.get('__doc__', '')))
