# __slots__ members next to properties and class-level descriptors
class Point:
    __slots__ = ("_x", "_y")
    def __init__(self, x, y):
        self._x, self._y = x, y
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v
p = Point(1, 2)
p.x = 5
print(p.x, p._y)
try:
    p.x = -1
except ValueError as e:
    print(e)
try:
    p.z = 1
except AttributeError as e:
    print(e)
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
m = Point.__dict__["_x"]
print(m.__get__(p), type(m).__name__)
m.__set__(p, 9)
print(p.x)
m.__delete__(p)
try:
    p.x
except AttributeError as e:
    print(e)
