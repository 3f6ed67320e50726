# What a class adds to its namespace depends on what its base already has
class E(Exception): pass
class I(int): pass
class L(list): pass
class T(tuple): pass
class D(dict):
    __slots__ = ()
class M(type): pass
class P(property): pass
class C(classmethod): pass
class O: pass
class O2(O): pass
for cls in (E, I, L, T, D, M, P, C, O, O2):
    print(cls.__name__, list(cls.__dict__))
