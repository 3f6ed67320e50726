# __init_subclass__ along the MRO and through super()
class A:
    def __init_subclass__(cls, **kw):
        print("A hook for", cls.__name__, kw)
        super().__init_subclass__()
class B(A):
    def __init_subclass__(cls, tag="none", **kw):
        print("B hook for", cls.__name__, tag)
        super().__init_subclass__(**kw)
class C(B, tag="c", more=1): pass
class D(C): pass
class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin hook for", cls.__name__)
        super().__init_subclass__(**kw)
class E(Mixin, B, tag="e"): pass
print(object.__init_subclass__())
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(e)
X = type("X", (A,), {}, )
Y = type("Y", (B,), {}, tag="y")
