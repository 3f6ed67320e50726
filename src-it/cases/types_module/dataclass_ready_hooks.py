# What a dataclass-like decorator relies on: annotations in order, class attributes as
# defaults, setattr of generated methods, __class_getitem__ and __hash__ = None with __eq__.
def record(cls):
    names = list(cls.__annotations__)
    defaults = {n: cls.__dict__[n] for n in names if n in cls.__dict__}
    def __init__(self, *args, **kw):
        values = dict(zip(names, args))
        values.update(kw)
        for n in names:
            setattr(self, n, values[n] if n in values else defaults[n])
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in names) + ")"
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in names)
    for f in (__init__, __repr__, __eq__):
        f.__qualname__ = f"{cls.__qualname__}.{f.__name__}"
        setattr(cls, f.__name__, f)
    cls.__hash__ = None
    cls.__match_args__ = tuple(names)
    return cls
@record
class Point:
    x: int
    y: int = 0
    @classmethod
    def __class_getitem__(cls, item):
        return f"Point of {item.__name__}"
p = Point(1, y=2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__match_args__)
print(Point.__init__.__qualname__, Point[int])
try:
    hash(p)
except TypeError as e:
    print(e)
print(Point.__annotations__, sorted(k for k in vars(Point) if not k.startswith("__")))
