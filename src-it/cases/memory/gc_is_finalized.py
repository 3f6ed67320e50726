import gc
class A:
    def __del__(self):
        pass
class B:
    pass
a = A()
print(gc.is_finalized(a))
keep = []
class C:
    def __del__(self):
        keep.append(self)
c = C()
del c
print(gc.is_finalized(keep[0]))
print(gc.is_finalized(B()))
keep.clear()
