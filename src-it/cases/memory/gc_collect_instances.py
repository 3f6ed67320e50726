import gc
gc.disable()
class A:
    pass
a = A()
a.me = a
del a
print(gc.collect())
a = A()
b = A()
a.b = b
b.a = a
del a, b
print(gc.collect())
