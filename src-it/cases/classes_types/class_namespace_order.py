# The class namespace keeps definition order and the implicit entries
class A:
    z = 1
    a = 2
    def m(self): pass
    b = 3
print([k for k in A.__dict__])
class B:
    "doc"
    x = 1
print([k for k in B.__dict__])
class S:
    __slots__ = ("q", "p")
    c = 1
print([k for k in S.__dict__])
class Q:
    def f(self):
        return __class__
print([k for k in Q.__dict__], Q().f() is Q)
