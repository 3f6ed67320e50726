# Subclassing property keeps the subclass through getter/setter/deleter
class MyProp(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "wrapped:" + str(super().__get__(obj, objtype))
class A:
    @MyProp
    def x(self):
        "x doc"
        return 1
    @x.setter
    def x(self, v):
        self._x = v
a = A()
print(a.x, type(A.__dict__["x"]).__name__, A.__dict__["x"].__doc__)
a.x = 5
print(a._x)
class Doc(property):
    "class doc"
print(Doc(lambda s: 1).__doc__)
class Named(property):
    pass
n = Named(lambda s: 1, doc="given")
print(n.__doc__, type(n.setter(None)).__name__)
print(isinstance(A.__dict__["x"], property))
