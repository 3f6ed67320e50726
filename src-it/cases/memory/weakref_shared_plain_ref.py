import weakref
class A:
    pass
a = A()
print(weakref.ref(a) is weakref.ref(a))
cb = lambda r: None
print(weakref.ref(a, cb) is weakref.ref(a, cb))
