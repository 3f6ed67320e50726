# __class__ assignment between compatible classes
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
a.x = 5
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B), isinstance(a, A))
class S1:
    __slots__ = ("p", "q")
class S2:
    __slots__ = ("p", "q")
s = S1()
s.p = 1
s.__class__ = S2
print(type(s).__name__, s.p)
class C(A): pass
c = C()
c.__class__ = A
print(type(c).__name__)
c.__class__ = C
print(type(c).__name__, c.__class__)
