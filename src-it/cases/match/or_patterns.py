def m(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case [x, 0] | [0, x]:
            return f"axis {x}"
        case {"a": x} | {"b": x}:
            return f"a or b {x}"
        case (str() | bytes()) as s:
            return f"text {s!r}"
        case [1 | 2 as first, *_] | (first, "x"):
            return f"seq first {first}"
        case _:
            return "other"
for v in (1, 3, 4, [5, 0], [0, 6], [0, 0], {"b": 7}, {"a": 1, "b": 2}, "s", b"b", [2, 9], ("q", "x"), ("q", "y")):
    print(repr(v), m(v))
class E:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print(f"  E{self.n} == {o!r}")
        return self.n == o
class V:
    A = E(1)
    B = E(2)
    C = E(3)
match 2:
    case V.A | V.B | V.C:
        print("matched an alternative")
