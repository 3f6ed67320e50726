# Properties through inheritance: overriding getter only, and extending
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
class Child(Base):
    @Base.v.getter
    def v(self):
        return self._v * 100
c = Child()
c.v = 2
print(c.v, Base.v.fset is Child.v.fset, Base.v.fget is Child.v.fget)
class NoSetter(Base):
    @property
    def v(self):
        return "replaced"
n = NoSetter()
try:
    n.v = 3
except AttributeError as e:
    print(e)
class Extended(Base):
    @property
    def v(self):
        return super().v + 1000
    @v.setter
    def v(self, value):
        Base.v.fset(self, value * 2)
e = Extended()
e.v = 5
print(e.v)
