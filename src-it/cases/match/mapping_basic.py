def m(v):
    match v:
        case {}:
            pass
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r} if r > 0:
            return f"circle {r}"
        case {1: one, 2: two}:
            return f"int keys {one} {two}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "any mapping"
        case _:
            return "not a mapping"
for v in ({"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 0}, {"type": "circle", "r": 5},
          {1: "a", 2: "b"}, {1: "a"}, {}, [("type", 1)], "type"):
    print(m(v))
class D(dict):
    pass
print(m(D(type="point", x=5, y=6)))
