# Multiple inheritance that CPython accepts, and which base gives the layout
class A: pass
class B: pass
class I(int): pass
class Mixed(A, I, B): pass
print(Mixed.__base__, Mixed(7) + 1, isinstance(Mixed(1), int))
print([c.__name__ for c in Mixed.__mro__])
class E(Exception): pass
class E2(A, E): pass
e = E2("msg")
print(E2.__base__, e.args, str(e))
class D(dict): pass
class D2(D, A): pass
d = D2(x=1)
print(D2.__base__, d, type(d).__name__)
class S1:
    __slots__ = ("a",)
class S2(S1, A): pass
s = S2()
s.a = 1
s.b = 2
print(S2.__base__, s.a, s.b)
