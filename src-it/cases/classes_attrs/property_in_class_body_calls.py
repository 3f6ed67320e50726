# property created with positional functions and lambdas, and its attributes
def get_x(self):
    return self._x
def set_x(self, value):
    self._x = value
def del_x(self):
    del self._x
class C:
    x = property(get_x, set_x, del_x, "the x")
    y = property(lambda self: "y value")
c = C()
c.x = 10
print(c.x, C.x.__doc__, c.y)
del c.x
print(hasattr(c, "_x"))
print(C.x.fget is get_x, C.x.fset is set_x, C.x.fdel is del_x)
try:
    C.x.fget = None
except AttributeError as e:
    print(e)
C.x.__doc__ = "changed"
print(C.x.__doc__)
print(C.y.__doc__)
