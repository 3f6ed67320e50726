# The arguments __get__ receives from instances, classes and super()
class D:
    def __get__(self, obj, owner=None):
        print("get", type(obj).__name__, owner.__name__ if owner else owner)
        return self
class A:
    d = D()
class B(A):
    def via_super(self):
        return super().d
    @classmethod
    def cls_super(cls):
        return super().d
A().d
A.d
B().d
B.d
B().via_super()
B.cls_super()
D().__get__(None, A)
D().__get__(1)
class Meta(type):
    md = D()
class C(metaclass=Meta): pass
C.md
try:
    C().md
except AttributeError as e:
    print(e)
