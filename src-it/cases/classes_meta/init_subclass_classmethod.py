# __init_subclass__ is an implicit classmethod; explicit forms also work
class A:
    def __init_subclass__(cls):
        print("implicit", cls.__name__)
class B(A): pass
print(type(A.__dict__["__init_subclass__"]).__name__)
class C:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit", cls.__name__, kw)
class D(C, k=1): pass
class E:
    __init_subclass__ = staticmethod(lambda **kw: print("static", kw))
class F(E, z=2): pass
A.__init_subclass__()
class G(B):
    pass
class H:
    def __init_subclass__(cls):
        raise ValueError("no subclasses of H")
try:
    class I(H): pass
except ValueError as e:
    print(e)
