class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple(self)}"
p = Point(1, 2)
print(p, p.x, p[1], len(p), p == (1, 2), isinstance(p, tuple), type(p + (3,)).__name__)
