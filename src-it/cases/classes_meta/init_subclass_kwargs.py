# __init_subclass__ receives the class statement's keywords
registry = {}
class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        print("init_subclass", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        registry[name or cls.__name__] = cls
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
class C(A, name="gamma"): pass
print(sorted(registry))
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
try:
    class D(Plugin, name="d", extra=1): pass
except TypeError as e:
    print(e)
class Base:
    def __init_subclass__(cls):
        cls.created_by = "Base"
class Sub(Base): pass
print(Sub.created_by, hasattr(Base, "created_by"))
try:
    class Bad(Base, x=1): pass
except TypeError as e:
    print(e)
