# What type.__call__ does when __new__ returns something else
class A:
    def __new__(cls, *args):
        print("A.__new__", args)
        return 42
    def __init__(self, *args):
        print("never called")
print(A(1, 2))
class B:
    def __new__(cls):
        return object.__new__(C)
    def __init__(self):
        print("B.__init__")
class C:
    def __init__(self):
        print("C.__init__")
print(type(B()).__name__)
class D(B):
    def __new__(cls):
        return object.__new__(E)
class E(D):
    def __init__(self):
        print("E.__init__ runs: subclass instance")
print(type(D()).__name__)
class F:
    def __init__(self):
        return 5
try:
    F()
except TypeError as e:
    print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        return "not a class"
class G(metaclass=Meta): pass
print(G)
