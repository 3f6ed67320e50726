# Class keywords reach __prepare__, __new__, __init__ and __init_subclass__
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("init", kw)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Child(Base, color="red", size=3): pass
try:
    class Bad(metaclass=Meta, x=1): pass
except TypeError as e:
    print(e)
class M2(type):
    def __init__(cls, name, bases, ns, **kw):
        print("M2 init without forwarding kw", kw)
        super().__init__(name, bases, ns, **kw)
try:
    class Q(metaclass=M2, k=1): pass
except TypeError as e:
    print(e)
