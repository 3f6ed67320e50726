# isinstance/issubclass with objects that only have __bases__
class FakeClass:
    def __init__(self, *bases):
        self.__bases__ = bases
class Inst:
    def __init__(self, cls):
        self.__class__ = cls
root = FakeClass()
child = FakeClass(root)
print(issubclass(child, root), issubclass(root, child))
class Holder:
    pass
h = Holder()
try:
    issubclass(child, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, child)
except TypeError as e:
    print(e)
class Obj:
    @property
    def __class__(self):
        return child
print(isinstance(Obj(), root), isinstance(Obj(), child), isinstance(Obj(), FakeClass(FakeClass())))
try:
    isinstance(1, root.__bases__)
except TypeError as e:
    print(e)
print(isinstance(3, ()), issubclass(int, ()))
