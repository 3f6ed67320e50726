# __qualname__ of methods, nested functions, lambdas and properties
class A:
    def m(self):
        def inner():
            pass
        return inner
    f = lambda self: None
    @property
    def p(self):
        return 1
    @classmethod
    def c(cls):
        pass
    @staticmethod
    def s():
        pass
    class B:
        def m(self): pass
print(A.m.__qualname__, A().m().__qualname__, A.f.__qualname__)
print(A.p.fget.__qualname__, A.c.__qualname__, A.s.__qualname__, A.B.m.__qualname__)
print(A.__dict__["c"].__qualname__, A.__dict__["s"].__name__)
def outer():
    class Local:
        def m(self): pass
    return Local
print(outer().m.__qualname__)
