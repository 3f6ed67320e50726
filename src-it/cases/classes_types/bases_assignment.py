# Assigning __bases__ changes the MRO
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
c = C()
print(c.f(), C.__mro__)
C.__bases__ = (B,)
print(c.f(), [k.__name__ for k in C.__mro__])
C.__bases__ = (A, B)
print(c.f(), [k.__name__ for k in C.__mro__])
for v in [(), 1, (1,), (C,), (int,)]:
    try:
        C.__bases__ = v
        print("ok", C.__bases__)
    except TypeError as e:
        print(e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
class D(C): pass
try:
    C.__bases__ = (D,)
except TypeError as e:
    print(e)
