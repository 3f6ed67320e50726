import weakref
class A:
    pass
a = A()
r1 = weakref.ref(a, lambda r: print("cb1"))
r2 = weakref.ref(a, lambda r: print("cb2"))
r3 = weakref.ref(a)
print(weakref.getweakrefcount(a))
print(weakref.getweakrefs(a) == [r3, r2, r1])
del a
print("end")
