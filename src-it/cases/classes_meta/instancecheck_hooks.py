# __instancecheck__ and __subclasscheck__ on a metaclass
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return issubclass(sub, (int, str))
class IntLike(metaclass=Meta): pass
print(isinstance(3, IntLike), isinstance("x", IntLike))
print(isinstance(IntLike(), IntLike))
print(issubclass(bool, IntLike), issubclass(float, IntLike))
print(issubclass(IntLike, IntLike))
print(isinstance(3, (str, IntLike)))
class Always(type):
    def __instancecheck__(cls, obj):
        return 1
    def __subclasscheck__(cls, sub):
        return ""
class A(metaclass=Always): pass
print(isinstance(None, A), issubclass(int, A))
class Raises(type):
    def __instancecheck__(cls, obj):
        raise ValueError("no")
class R(metaclass=Raises): pass
try:
    isinstance(1, R)
except ValueError as e:
    print("ValueError", e)
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
