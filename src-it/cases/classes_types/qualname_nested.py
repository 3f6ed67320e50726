# __qualname__ of nested classes and functions
class Outer:
    class Inner:
        class Deep:
            def m(self): pass
    def f(self):
        class Local: pass
        return Local
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.Deep.m.__qualname__)
print(Outer().f().__qualname__, Outer().f().__name__)
print(Outer.Inner)
print(repr(Outer().f()))
Outer.Inner.__qualname__ = "Renamed"
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner)
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(e)
Outer.__name__ = "NewName"
print(Outer.__name__, Outer.__qualname__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(e)
try:
    Outer.__name__ = "a\0b"
except ValueError as e:
    print(e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(e)
try:
    int.__qualname__ = "x"
except TypeError as e:
    print(e)
