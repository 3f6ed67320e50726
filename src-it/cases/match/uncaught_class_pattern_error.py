class Point:
    __match_args__ = ("x",)
    x = 0
def where(p):
    match p:
        case Point(x, y):
            return (x, y)
print("before")
where(Point())
