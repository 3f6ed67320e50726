# __slots__ entries cannot also be class attributes, and empty slots save the dict
try:
    class A:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(e)
class B:
    __slots__ = ()
try:
    B().anything = 1
except AttributeError as e:
    print(e)
class C(B):
    __slots__ = ("v",)
    def __init__(self, v=0):
        self.v = v
print(C(3).v, [c.__name__ for c in C.__mro__])
class D:
    __slots__ = ("v",)
    def __init__(self):
        pass
    @property
    def doubled(self):
        return self.v * 2
d = D()
try:
    d.doubled
except AttributeError as e:
    print(e)
d.v = 4
print(d.doubled)
print(type(D.__dict__["v"]).__name__, D.v.__doc__)
