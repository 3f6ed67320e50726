def m(v):
    match v:
        case [first, *rest] if not rest:
            return ("single", first, rest)
        case [first, *middle, last] if len(middle) < 2:
            return ("ends", first, middle, last)
        case [*init, 0]:
            return ("ends in zero", init)
        case [1, *_, 9]:
            return ("one to nine",)
        case (*all,):
            return ("all", all)
for v in ([1], [1, 2], [1, 2, 3], [5, 6, 7, 0], [1, 5, 6, 7, 9], (1, 2, 3, 4), range(4), ()):
    print(m(v))
match (1, 2, 3):
    case [*xs]:
        print(type(xs).__name__, xs)
match range(10):
    case [a, *mid, z]:
        print(a, type(mid).__name__, mid, z)
