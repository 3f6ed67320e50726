# __class__ of instances, classes and builtins
class A: pass
a = A()
print(a.__class__, A.__class__, a.__class__.__class__)
print((1).__class__, "s".__class__, None.__class__, [].__class__)
print(type(a) is a.__class__)
class Fake:
    @property
    def __class__(self):
        return int
f = Fake()
print(type(f).__name__, f.__class__, isinstance(f, int), isinstance(f, Fake))
print("__class__" in dir(a))
