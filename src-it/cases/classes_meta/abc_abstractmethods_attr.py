# __abstractmethods__ set by hand on any class
class A:
    def f(self): pass
print(hasattr(A, "__abstractmethods__"))
try:
    A.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
A.__abstractmethods__ = frozenset({"f", "g"})
try:
    A()
except TypeError as e:
    print(e)
A.__abstractmethods__ = frozenset({"only"})
try:
    A()
except TypeError as e:
    print(e)
A.__abstractmethods__ = frozenset()
print(type(A()).__name__)
A.__abstractmethods__ = ["x"]
try:
    A()
except TypeError as e:
    print(e)
del A.__abstractmethods__
print(type(A()).__name__)
try:
    del A.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
