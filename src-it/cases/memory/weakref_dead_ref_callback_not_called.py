import weakref
class A:
    pass
a = A()
r = weakref.ref(a, lambda r: print("never"))
del r
del a
print("end")
