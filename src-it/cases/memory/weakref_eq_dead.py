import weakref
class A:
    pass
a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda r: None)
print(r1 == r2)
del a
print(r1 == r2, r1 == r1, r1 != r2)
