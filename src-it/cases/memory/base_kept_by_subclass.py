# A subclass keeps its bases alive: deleting the base's name and collecting leaves the subclass
# working; changing __bases__ moves what it keeps.
import gc
import weakref


class A:
    def m(self):
        return "A.m"


class B(A):
    pass


ra = weakref.ref(A)
del A
gc.collect()
print(B().m(), ra() is not None, [c.__name__ for c in B.__mro__])


class C:
    def m(self):
        return "C.m"


class D:
    pass


class E(D):
    pass


E.__bases__ = (C,)
rd = weakref.ref(D)
del D
gc.collect()
print(E().m(), rd() is None, [c.__name__ for c in E.__mro__])
