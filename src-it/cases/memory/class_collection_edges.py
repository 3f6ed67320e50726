# Classes freed with what holds them: a metaclass's __del__, an ABC's registry and caches (weak),
# __init_subclass__ registries of weak references, a class in a cycle with its instance.
import abc, gc, weakref

class Meta(type):
    instances = 0
    def __del__(cls):
        print("meta del", cls.__name__)

def make_meta():
    class WithMeta(metaclass=Meta):
        pass
    return weakref.ref(WithMeta)

r = make_meta()
gc.collect()
print("metaclass instance gone:", r() is None)

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

def register_temp():
    class Temp:
        def f(self): return 1
    Base.register(Temp)
    print(issubclass(Temp, Base), isinstance(Temp(), Base))
    return weakref.ref(Temp)

r2 = register_temp()
gc.collect()
print("registered class gone:", r2() is None)

class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(weakref.ref(cls))

def plugins():
    class P1(Plugin): pass
    class P2(P1): pass
    return len(Plugin.registry)

print(plugins())
gc.collect()
print([r() is None for r in Plugin.registry])

class Slots:
    __slots__ = ("a", "__weakref__")
s = Slots()
s.a = Slots
print(type(s).__name__, s.a is Slots)

def cyc():
    class Node:
        def __init__(self): self.me = self
        def __del__(self): print("node del")
    n = Node()
    n.cls = Node
cyc()
print("collect:", gc.collect() > 0)
print(len([c for c in object.__subclasses__() if c.__name__ in ("Node", "Temp", "WithMeta")]))
