# type(name, bases, ns) builds a class like a class statement
def hello(self):
    return "hello from " + type(self).__name__

C = type("C", (), {"x": 1, "hello": hello})
print(C, C.__name__, C.__qualname__, C.__bases__)
print(C.x, C().hello())
D = type("D", (C,), {"y": 2})
print(D.__mro__)
print(D().x, D().y, D().hello())
print(type(C), type(D), isinstance(D(), C))
print(C.__module__)
print(C.__doc__)
E = type("E", (object,), {"__doc__": "docstring"})
print(E.__doc__)
F = type("F", (C, ), dict(__qualname__="Outer.F"))
print(F.__name__, F.__qualname__, F)
print(type(3), type("a"), type(type))
