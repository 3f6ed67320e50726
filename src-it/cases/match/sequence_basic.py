def m(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case (x, y):
            return f"two {x!r} {y!r}"
        case [x, [y, z]]:
            return f"nested {x} {y} {z}"
        case [1, 2, 3]:
            return "literal 123"
        case [a, b, c]:
            return f"three {a} {b} {c}"
    return "no"
for v in ([], (), [1], (1,), [1, 2], (3, 4), [1, [2, 3]], [1, 2, 3], (1, 2, 3), [4, 5, 6], range(2), range(3, 6),
          [1, 2, 3, 4], {1, 2}, {1: 2}, iter([1, 2])):
    print(type(v).__name__, m(v))
