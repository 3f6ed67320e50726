import gc, weakref
gc.disable()
class A:
    pass
def make():
    a = A()
    def f():
        return a
    a.f = f
    return weakref.ref(a)
r = make()
print(r() is not None)
gc.collect()
print(r())
