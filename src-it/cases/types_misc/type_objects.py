print(type(1), type("s"), type([]), type(type), type(object), type(len), type(None))
print(int.__name__, int.__qualname__, int.__module__, object.__bases__, type.__bases__, bool.__bases__)
print(isinstance(int, type), isinstance(type, object), issubclass(type, object))
