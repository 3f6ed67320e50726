# __module__ of classes, builtins and type() made classes
class A: pass
print(A.__module__, A.__dict__["__module__"])
print(int.__module__, type.__module__)
B = type("B", (), {})
print(B.__module__)
C = type("C", (), {"__module__": "elsewhere"})
print(C.__module__, C)
A.__module__ = "changed"
print(A.__module__, A)
class D:
    __module__ = "custom"
print(D, D.__module__)
def f():
    class Inner: pass
    return Inner
print(f().__module__)
try:
    int.__module__ = "x"
except TypeError as e:
    print(e)
