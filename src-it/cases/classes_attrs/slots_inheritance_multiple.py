# __slots__ with multiple inheritance and empty-slot mixins
class Mixin:
    __slots__ = ()
    def describe(self):
        return f"{type(self).__name__}({', '.join(str(getattr(self, s)) for s in self.__slots__)})"
class P(Mixin):
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2
print(P().describe(), hasattr(P(), "__dict__"))
class Q:
    __slots__ = ()
class R(Mixin, Q):
    __slots__ = ("c",)
r = R()
r.c = 3
print(r.describe(), [k.__name__ for k in R.__mro__])
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
try:
    class S3(S1, S2): pass
except TypeError as e:
    print(e)
class Sub(P):
    __slots__ = ("a",)
s = Sub()
print(s.a, s.b, type(Sub.a).__name__)
