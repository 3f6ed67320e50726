# type and object: each is an instance of the other's kind
print(type(type) is type, type(object) is type)
print(isinstance(type, object), isinstance(object, type), isinstance(type, type))
print(issubclass(type, object), issubclass(object, type))
print(type.__base__ is object, object.__base__)
print(type.__name__, object.__name__, type.__qualname__, type.__module__)
print(type.__class__, object.__class__, type.__class__.__class__)
print(type(object()).__name__)
print(isinstance(int, type), isinstance(3, type))
print(type.__mro__, object.__mro__)
print(type(object.__doc__), type(type.__doc__))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    object.x = 1
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
