import sys
class A:
    def m(self):
        pass
a = A()
print(sys.getrefcount(a))
bm = a.m
print(sys.getrefcount(a))
del bm
print(sys.getrefcount(a))
