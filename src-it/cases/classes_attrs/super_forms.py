# super() zero-argument and two-argument forms
class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A.cwho for " + cls.__name__
    @staticmethod
    def swho():
        return "A.swho"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cwho(cls):
        return "B>" + super().cwho()
    def static_via_super(self):
        return super().swho()
class C(B):
    def who(self):
        return "C>" + super(C, self).who() + "|" + super(B, self).who()
c = C()
print(c.who(), C.cwho(), c.static_via_super())
print(super(B, c).who(), super(C, C).cwho())
s = super(C, c)
print(type(s).__name__, s.__self__ is c, s.__thisclass__ is C, s.__self_class__ is C)
s2 = super(B, C)
print(s2.__self__ is C, s2.__self_class__ is C, s2.__thisclass__ is B)
unbound = super(B)
print(unbound.__self__, unbound.__self_class__, unbound.__thisclass__ is B)
print(super(C, c).who.__func__ is B.who)
print(repr(super(C, c)).startswith("<super: <class 'C'>, <C object>>"))
print(repr(super(B)))
