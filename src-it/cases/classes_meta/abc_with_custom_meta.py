# A metaclass deriving from ABCMeta
from abc import ABCMeta, abstractmethod
class Tracking(ABCMeta):
    made = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        mcls.made.append(name)
        return cls
class Interface(metaclass=Tracking):
    @abstractmethod
    def go(self): ...
class Impl(Interface):
    def go(self): return "going"
print(Tracking.made, Impl().go(), type(Impl).__name__)
try:
    Interface()
except TypeError as e:
    print(e)
print(isinstance(Impl(), Interface), issubclass(Impl, Interface))
class Plain: pass
Interface.register(Plain)
print(isinstance(Plain(), Interface))
