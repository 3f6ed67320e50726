import gc, weakref
gc.disable()
class A:
    pass
a = A()
a.me = a
r = weakref.ref(a, lambda r: print("callback during collect"))
del a
print("alive before collect:", r() is not None)
print(gc.collect())
print("after collect:", r())
