import weakref
class A:
    pass
def cb(r):
    pass
a = A()
print(weakref.ref(a).__callback__)
r = weakref.ref(a, cb)
print(r.__callback__ is cb)
del a
print(r.__callback__)
