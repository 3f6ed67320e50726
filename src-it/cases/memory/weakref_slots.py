import weakref
class NoWeak:
    __slots__ = ("a",)
class WithWeak:
    __slots__ = ("a", "__weakref__")
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(e)
w = WithWeak()
print(weakref.ref(w)() is w)
