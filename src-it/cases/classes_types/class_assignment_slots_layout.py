# __class__ assignment depends on the exact slot layout
class A:
    __slots__ = ("x", "y")
class B:
    __slots__ = ("y", "x")
class C:
    __slots__ = ("x",)
class D:
    __slots__ = ("x", "y", "__dict__")
class E(A):
    pass
class F(A):
    __slots__ = ()
a = A()
a.x, a.y = 1, 2
for target in (B, C, D, E, F):
    try:
        a.__class__ = target
        print("ok", target.__name__, a.x, a.y)
        a.__class__ = A
    except TypeError as e:
        print(e)
e = E()
e.extra = 5
class G(A): pass
e.__class__ = G
print(type(e).__name__, e.extra)
