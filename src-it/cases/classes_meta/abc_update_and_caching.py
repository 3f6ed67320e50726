# ABC checks after registration and through deeper hierarchies
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
class Mid(Base):
    pass
class Impl(Mid):
    def run(self): return "ran"
print(Impl().run(), isinstance(Impl(), Base), issubclass(Impl, Mid))
class Virtual: pass
print(isinstance(Virtual(), Mid))
Mid.register(Virtual)
print(isinstance(Virtual(), Mid), isinstance(Virtual(), Base), issubclass(Virtual, Impl))
class Unrelated(abc.ABC): pass
print(issubclass(Virtual, Unrelated), issubclass(Base, Unrelated))
print(abc.ABCMeta.__name__, abc.ABC.__name__, type(abc.ABC), abc.ABC.__slots__)
print(sorted(n for n in ("ABC", "ABCMeta", "abstractmethod", "get_cache_token") if hasattr(abc, n)))
print(isinstance(abc.get_cache_token(), int))
try:
    Mid()
except TypeError as e:
    print(e)
