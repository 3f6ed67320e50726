# tuple subclasses: __new__ builds the items; slicing and + return tuple; a namedtuple-like class.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self): return f"Point(x={self.x}, y={self.y})"
p = Point(1, 2)
print(p, p.x, p.y, len(p), p == (1, 2), hash(p) == hash((1, 2)))
print(p[:], type(p[:]).__name__, type(p + (3,)).__name__, type(p * 2).__name__)
x, y = p
print(x, y, list(p), tuple(p), type(tuple(p)).__name__, sorted(p, reverse=True))
print(p.count(1), p.index(2), 2 in p, max(p))
print({p: "pt"}[(1, 2)])
class T(tuple): pass
t = T([3, 4])
t.tag = "tagged"
print(t, t.tag, T(), T("ab"), repr(T(range(2))))
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p[0] = 5
except TypeError as e:
    print(e)
