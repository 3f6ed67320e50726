# Attributes of a metaclass are seen from its classes, not from their instances
class Meta(type):
    greeting = "hello"
    def describe(cls):
        return "class " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class A(metaclass=Meta):
    pass
print(A.greeting, A.describe(), A.upper_name)
a = A()
for attr in ("greeting", "describe", "upper_name"):
    try:
        getattr(a, attr)
    except AttributeError as e:
        print(e)
class B(metaclass=Meta):
    greeting = "own"
print(B.greeting, Meta.greeting)
print(Meta.describe(B), type(A.describe).__name__)
print(Meta.__mro__)
print(type(Meta), Meta.__class__, A.__class__)
print(Meta.__subclasses__(), [c.__name__ for c in type.__subclasses__(Meta)])
print(isinstance(A, type), issubclass(Meta, type), isinstance(A, Meta), isinstance(a, Meta))
