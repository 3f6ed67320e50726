# __subclasses__() lists direct subclasses in creation order
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__())
print(B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
E = type("E", (A,), {})
print([c.__name__ for c in A.__subclasses__()])
print(bool in int.__subclasses__())
class F(int): pass
print(F in int.__subclasses__())
print(type(A.__subclasses__()))
try:
    A.__subclasses__(1)
except TypeError as e:
    print(e)
print(type.__subclasses__(A) == A.__subclasses__())
