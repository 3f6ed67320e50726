# super() with __new__ (a static method) and class methods through several levels
class A:
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super().__new__(cls)
    @classmethod
    def create(cls):
        return ("A.create", cls.__name__)
class B(A):
    def __new__(cls, *args):
        print("B.__new__", cls.__name__)
        return super().__new__(cls, *args)
    @classmethod
    def create(cls):
        return ("B.create",) + super().create()
class C(B):
    pass
c = C(1, 2)
print(type(c).__name__, C.create(), c.create())
print(super(B, C).create(), super(A, C).__new__(C).__class__.__name__)
