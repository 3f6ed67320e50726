# __dict__ and __weakref__ in __slots__, and slots through inheritance
class A:
    __slots__ = ("a", "__dict__")
x = A()
x.a = 1
x.other = 2
print(x.a, x.__dict__, sorted(k for k in A.__dict__ if k in ("a", "__dict__", "__weakref__")))
class W:
    __slots__ = ("__weakref__",)
print(sorted(k for k in W.__dict__ if k.startswith("__w")), W().__weakref__)
try:
    W().q = 1
except AttributeError as e:
    print(e)
class Base:
    __slots__ = ("b",)
class Child(Base):
    __slots__ = ("c",)
class Free(Base):
    pass
ch = Child()
ch.b, ch.c = 1, 2
print(ch.b, ch.c, hasattr(ch, "__dict__"))
f = Free()
f.b = 1
f.z = 9
print(f.__dict__, Free.__slots__ if "__slots__" in Free.__dict__ else "inherits", Free.__base__.__name__)
class Mangled:
    __slots__ = ("__private", "_ok")
    def set(self, v):
        self.__private = v
        return self.__private
print(Mangled().set(7), sorted(k for k in Mangled.__dict__ if "private" in k or k == "_ok"))
print(repr(Mangled.__dict__["_Mangled__private"]))
