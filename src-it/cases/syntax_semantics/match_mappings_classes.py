class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def m(v):
    match v:
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **rest}:
            return f"{k} {sorted(rest)}"
        case Point(0, 0):
            return "origin"
        case Point(x, y=0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
    return "nomatch"
for v in ({"kind": "circle", "r": 2}, {"kind": "sq", "a": 1, "b": 2}, Point(0, 0), Point(3, 0), Point(2, 2), Point(1, 2), 7, 2.5, "s"):
    print(m(v))
