# Deleting class attributes, methods and special methods
class A:
    x = 1
    def f(self): return "A.f"
    def __len__(self): return 5
class B(A):
    x = 2
    def f(self): return "B.f"
b = B()
print(b.x, b.f(), len(b))
del B.x
print(b.x)
del B.f
print(b.f())
del A.__len__
try:
    len(b)
except TypeError as e:
    print(e)
try:
    del B.x
except AttributeError as e:
    print(e)
try:
    del B.__dict__
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    del B.__module__
except TypeError as e:
    print(e)
delattr(A, "x")
print(hasattr(b, "x"))
