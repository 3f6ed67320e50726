# Metaclass conflicts between bases and the given metaclass
class M1(type): pass
class M2(type): pass
class M3(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass
def attempt(f):
    try:
        r = f()
        print("ok", type(r).__name__)
    except TypeError as e:
        print(e)
attempt(lambda: type("X", (A, B), {}))
attempt(lambda: M1("X", (A, C), {}))
attempt(lambda: type("X", (A, C), {}))
attempt(lambda: M2("X", (A,), {}))
try:
    class D(A, B): pass
except TypeError as e:
    print(e)
class E(A, C): pass
print(type(E).__name__)
class F(C, metaclass=M1): pass
print(type(F).__name__)
try:
    class G(B, metaclass=M1): pass
except TypeError as e:
    print(e)
