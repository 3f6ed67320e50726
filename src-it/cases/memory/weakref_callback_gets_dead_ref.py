import weakref
class A:
    pass
def cb(r):
    print("callback", r is wr, r())
a = A()
wr = weakref.ref(a, cb)
del a
print("end")
