# abc.update_abstractmethods after changing a class
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class Impl(Base):
    pass
try:
    Impl()
except TypeError as e:
    print(e)
Impl.f = lambda self: "patched"
try:
    Impl()
except TypeError as e:
    print("still abstract:", e)
abc.update_abstractmethods(Impl)
print(Impl().f(), Impl.__abstractmethods__)
class Plain:
    pass
print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, "__abstractmethods__"))
