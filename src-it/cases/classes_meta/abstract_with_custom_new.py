# The abstract check lives in object.__new__
from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def f(self): ...
class ViaObjectNew(Base):
    def __new__(cls):
        print("ViaObjectNew.__new__")
        return super().__new__(cls)
try:
    ViaObjectNew()
except TypeError as e:
    print(e)
class Bypass(Base):
    def __new__(cls):
        return 42
print(Bypass())
class WithInit(Base):
    def __init__(self, x):
        print("never", x)
try:
    WithInit(1)
except TypeError as e:
    print(e)
class Concrete(Base):
    def f(self):
        return "f"
print(Concrete().f(), Concrete.__abstractmethods__ == frozenset())
