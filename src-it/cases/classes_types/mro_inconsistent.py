# CPython's TypeError for a hierarchy without a consistent MRO
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(e)
try:
    class S(A, A): pass
except TypeError as e:
    print(e)
try:
    type("T", (object, A), {})
except TypeError as e:
    print(e)
try:
    class U(object, B): pass
except TypeError as e:
    print(e)
class M1: pass
class M2: pass
class M3(M1, M2): pass
class M4(M2, M1): pass
class M5: pass
try:
    class M6(M5, M3, M4): pass
except TypeError as e:
    print(e)
