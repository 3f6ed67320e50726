# C3 linearisation of diamonds and deeper hierarchies
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for k in (K1, K2, K3, Z):
    print(k.__name__, [c.__name__ for c in k.__mro__])
print([c.__name__ for c in Z.mro()])
print(type(Z.mro()), type(Z.__mro__))
class X: pass
class Y(X): pass
class W(Y, X): pass
print([c.__name__ for c in W.__mro__])
print(object.__mro__, type.__mro__, bool.__mro__)
print(int.mro())
