# abstract properties, classmethods and staticmethods
from abc import ABC, abstractmethod
class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
print(Base.__dict__["name"].__isabstractmethod__, Base.__dict__["make"].__isabstractmethod__,
      Base.__dict__["helper"].__isabstractmethod__)
class Impl(Base):
    @property
    def name(self): return "impl"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return "help"
i = Impl.make()
print(i.name, Impl.helper(), Impl.__abstractmethods__)
class Partial(Base):
    name = "plain"
try:
    Partial()
except TypeError as e:
    print(e)
