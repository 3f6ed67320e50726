# A hand-written protocol check through __subclasscheck__
class ProtocolMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))
    def __subclasscheck__(cls, sub):
        return all(any(name in k.__dict__ for k in sub.__mro__) for name in cls.required)
class SupportsClose(metaclass=ProtocolMeta):
    required = ("close",)
class SupportsReadClose(metaclass=ProtocolMeta):
    required = ("read", "close")
class File:
    def read(self): pass
    def close(self): pass
class Socket:
    def close(self): pass
print(isinstance(File(), SupportsClose), isinstance(Socket(), SupportsReadClose))
print(issubclass(Socket, SupportsClose), issubclass(int, SupportsClose))
print(isinstance(File(), (int, SupportsReadClose)))
print(issubclass(File, (SupportsClose, SupportsReadClose)))
