# A 2-D vector with the full operator set, reflected scalars and in-place forms.
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y) if isinstance(o, Vec) else NotImplemented
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, 2.5 * a, a / 2, a @ b, -a, abs(b), bool(Vec(0, 0)), a == Vec(1, 2))
c = a
c += b
c *= 2
print(c, a, c is a)
print(sum([a, b], Vec(0, 0)), list(a), dict.fromkeys([a, Vec(1, 2)]))
for expr in ["a + 1", "a * a", "1 - a", "a / 'x'", "a @ 2"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", e)
