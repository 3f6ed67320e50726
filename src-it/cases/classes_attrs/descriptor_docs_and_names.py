# Names, owners and docs of the descriptors classes get
class A:
    __slots__ = ("s",)
class B:
    def f(self):
        pass
d = B.__dict__["__dict__"]
w = B.__dict__["__weakref__"]
m = A.__dict__["s"]
print(repr(d), repr(w), repr(m))
print(d.__name__, d.__objclass__ is B, d.__doc__)
print(w.__name__, w.__doc__)
print(m.__name__, m.__objclass__ is A, m.__doc__, m.__qualname__)
print(repr(object.__dict__["__class__"]), object.__dict__["__class__"].__doc__)
print(repr(type.__dict__["__name__"]), repr(type.__dict__["__mro__"]), repr(type.__dict__["mro"]))
print(repr(property.fget), repr(classmethod.__func__), repr(staticmethod.__wrapped__))
print(repr(super.__thisclass__), repr(type(B().f).__dict__["__self__"]), type(B().f).__dict__["__func__"].__doc__)
print(B().__weakref__)
