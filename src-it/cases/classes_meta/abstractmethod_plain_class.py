# abstractmethod without ABCMeta has no effect on instantiation
from abc import abstractmethod
class NotAbc:
    @abstractmethod
    def f(self): return "still callable"
print(NotAbc().f(), NotAbc.f.__isabstractmethod__)
def g(): pass
r = abstractmethod(g)
print(r is g, g.__isabstractmethod__)
try:
    abstractmethod(1)
except AttributeError as e:
    print("AttributeError", e)
