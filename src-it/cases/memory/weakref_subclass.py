import weakref
class Named(weakref.ref):
    def __init__(self, ob, callback=None, name=""):
        super().__init__(ob, callback)
        self.name = name
class A:
    pass
a = A()
r = Named(a, None, name="mine")
print(r.name, r() is a, isinstance(r, weakref.ref))
print(weakref.getweakrefcount(a))
del a
print(r())
