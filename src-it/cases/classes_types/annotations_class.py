# __annotations__ on classes, instances and modules
class A:
    x: int
    y: str = "s"
    z = 3
print(A.__annotations__)
print("x" in A.__dict__, A.y)
class B(A):
    w: float
print(B.__annotations__)
class C: pass
print(C.__annotations__)
print("__annotations__" in C.__dict__)
class D(A): pass
print(D.__annotations__, "__annotations__" in D.__dict__)
C.__annotations__ = {"k": int}
print(C.__annotations__)
del C.__annotations__
try:
    del C.__annotations__
except AttributeError as e:
    print(e)
print(C.__annotations__)
def f(a: int, b: "str" = 1) -> list: pass
print(f.__annotations__)
a: int = 5
print(__annotations__)
