def m(v):
    match v:
        case [int() as a, int() as b] as whole:
            return ("ints", a, b, whole)
        case [(1 | 2) as small, *rest] as whole:
            return ("small first", small, rest, whole)
        case {"k": [_, _] as pair} as d:
            return ("pair in dict", pair, d)
        case (str() as s) as outer:
            return ("str", s, outer, s is outer)
        case _ as anything:
            return ("anything", anything)
for v in ([1, 2], [2, "x", "y"], {"k": (3, 4)}, "abc", 5.5, [1.5, 2]):
    print(m(v))
