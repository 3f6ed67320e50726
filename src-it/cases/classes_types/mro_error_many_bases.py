# MRO errors name every class still waiting to be merged
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
for bases in [(D, E), (A, D), (B, A, C), (E, D, A)]:
    try:
        type("X", bases, {})
        print("ok")
    except TypeError as e:
        print(str(e).replace("\n", " / "))
class F(D): pass
try:
    class G(A, F, E): pass
except TypeError as e:
    print(str(e).replace("\n", " / "))
