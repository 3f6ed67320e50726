# A class inherits its base's metaclass; metaclass methods are inherited too
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def hello(cls):
        return "hello " + cls.__name__
class A(metaclass=Meta): pass
class B(A): pass
class C(B): pass
print(type(B).__name__, type(C).__name__, C.made_by, C.hello())
class SubMeta(Meta): pass
class D(C, metaclass=SubMeta): pass
print(type(D).__name__, D.made_by, D.hello())
class E(D, A): pass
print(type(E).__name__, E.made_by)
print(isinstance(E, Meta), isinstance(E, SubMeta), isinstance(A, SubMeta))
print(Meta.__subclasses__())
