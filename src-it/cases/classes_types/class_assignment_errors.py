# __class__ assignment that CPython refuses
class A: pass
class B: pass
class S:
    __slots__ = ("a",)
class T:
    __slots__ = ("b", "c")
class L(list): pass
a = A()
def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(e)
attempt(a, 1)
attempt(a, int)
attempt(a, S)
attempt(S(), T)
attempt(S(), A)
attempt(L(), A)
attempt(1, bool)
attempt([], L)
attempt(object(), A)
attempt(a, B)
try:
    del a.__class__
except TypeError as e:
    print(e)
