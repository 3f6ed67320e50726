# Registering unusual things with an ABC
from abc import ABC
class A(ABC): pass
class B(A): pass
for bad in (1, "s", None):
    try:
        A.register(bad)
    except TypeError as e:
        print(e)
try:
    B.register(A)
except RuntimeError as e:
    print(e)
try:
    A.register(A)
except RuntimeError as e:
    print(e)
class C: pass
A.register(C)
A.register(C)
print(issubclass(C, A), issubclass(C, B))
try:
    issubclass(1, A)
except TypeError as e:
    print(e)
print(isinstance(1, A))
