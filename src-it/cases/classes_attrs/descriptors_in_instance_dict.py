# Descriptors only work from the class, not from the instance dict
class D:
    def __get__(self, obj, owner):
        return "descriptor result"
class A:
    cls_level = D()
a = A()
a.inst_level = D()
print(a.cls_level, type(a.inst_level).__name__)
a.prop = property(lambda self: "prop value")
print(type(a.prop).__name__)
a.sm = staticmethod(lambda: 1)
print(type(a.sm).__name__)
def f(self):
    return "called with self"
a.func = f
try:
    a.func()
except TypeError as e:
    print(e)
A.func = f
b = A()
print(b.func())
