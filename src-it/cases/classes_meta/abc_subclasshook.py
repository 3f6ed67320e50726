# __subclasshook__ decides issubclass for an ABC
from abc import ABC, abstractmethod
class Closeable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
class File:
    def close(self): pass
class Derived(File): pass
class Nope: pass
print(issubclass(File, Closeable), issubclass(Derived, Closeable), issubclass(Nope, Closeable))
print(isinstance(File(), Closeable), isinstance(Nope(), Closeable))
class Strict(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class S(Strict): pass
print(issubclass(S, Strict))
Strict.register(File)
print(issubclass(File, Strict))
class Sub(Closeable): pass
print(issubclass(File, Sub), issubclass(Sub, Closeable))
print(Closeable.__subclasshook__(int), object.__subclasshook__(int))
