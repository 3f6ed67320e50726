# __bases__, __base__ and the "solid base" choice
class A: pass
class B: pass
class C(A, B): pass
print(C.__bases__, C.__base__)
print(A.__bases__, A.__base__)
print(object.__bases__, object.__base__)
print(bool.__base__, bool.__bases__)
class L(list): pass
class M(A, L): pass
print(M.__base__, M.__bases__)
class S:
    __slots__ = ("a",)
class T(B, S): pass
print(T.__base__)
print(int.__base__, type.__base__, type.__bases__)
class E(KeyError): pass
print(E.__base__, E.__mro__)
