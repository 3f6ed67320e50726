# Class decorators run after the class is made, bottom up
def add_attr(name, value):
    def deco(cls):
        print("decorating", cls.__name__, "with", name)
        setattr(cls, name, value)
        return cls
    return deco
def replace(cls):
    return "replaced " + cls.__name__
@add_attr("a", 1)
@add_attr("b", 2)
class A:
    pass
print(A.a, A.b)
@replace
class B:
    pass
print(B)
registry = []
def register(cls):
    registry.append(cls.__qualname__)
    return cls
class Outer:
    @register
    class Inner:
        pass
print(registry)
