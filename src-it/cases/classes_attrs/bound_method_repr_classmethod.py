# reprs of methods bound to classes and builtins
class A:
    @classmethod
    def c(cls): pass
    def f(self): pass
    def __repr__(self): return "<A instance>"
print(repr(A.c))
print(repr(A().f))
class M(type):
    def meth(cls): pass
class B(metaclass=M): pass
print(repr(B.meth))
print(repr([].append)[:35])
