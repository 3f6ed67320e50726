# ABCMeta.register: virtual subclasses
from abc import ABC, ABCMeta
class Sized2(ABC):
    pass
class Mine:
    pass
print(issubclass(Mine, Sized2), isinstance(Mine(), Sized2))
r = Sized2.register(Mine)
print(r is Mine)
print(issubclass(Mine, Sized2), isinstance(Mine(), Sized2))
class Child(Mine): pass
print(issubclass(Child, Sized2), isinstance(Child(), Sized2))
print(Sized2 in Mine.__mro__)
@Sized2.register
class Decorated: pass
print(issubclass(Decorated, Sized2), Decorated.__name__)
Sized2.register(int)
print(isinstance(3, Sized2), issubclass(bool, Sized2))
try:
    Sized2.register(3)
except TypeError as e:
    print(e)
class Sub(Sized2): pass
try:
    Sub.register(Sized2)
except RuntimeError as e:
    print(e)
print(Sized2.register(Sub) is Sub)
class Other(metaclass=ABCMeta): pass
print(type(Other).__name__, type(Sized2).__name__, Other.__mro__)
