# __getattr__/__setattr__ on a metaclass act on its classes
class Meta(type):
    def __getattr__(cls, name):
        return f"{cls.__name__} has no {name}"
    def __setattr__(cls, name, value):
        print("setting", name, "on", cls.__name__)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("deleting", name)
        super().__delattr__(name)
class A(metaclass=Meta):
    x = 1
print(A.x, A.missing)
A.y = 2
print(A.y)
del A.y
print(A.y)
a = A()
try:
    a.missing
except AttributeError as e:
    print(e)
class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"{cls.__name__} is frozen")
class F(metaclass=Frozen):
    v = 1
try:
    F.v = 2
except AttributeError as e:
    print(e)
print(F.v)
