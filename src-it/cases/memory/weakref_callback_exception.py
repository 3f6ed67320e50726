import sys, weakref
sys.unraisablehook = lambda u: print("unraisable", type(u.exc_value).__name__, u.exc_value)
class A:
    pass
def bad(r):
    raise ValueError("in callback")
a = A()
r = weakref.ref(a, bad)
del a
print("end")
