class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def m(v):
    match v:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z):
            return f"3d {x} {y} {z}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x axis {x}"
        case Point(0, y):
            return f"y axis {y}"
        case Point(x):
            return f"somewhere x={x}"
    return "not a point"
for v in (Point(0, 0), Point(2, 0), Point(0, 3), Point(4, 5), Point3(0, 0, 0), Point3(1, 2, 3), (0, 0)):
    print(m(v))
