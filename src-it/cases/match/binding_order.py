# Names are bound only when the whole pattern succeeds; a failed case leaves earlier values.
x = y = z = "unset"
match [1, 2, 3]:
    case [x, y, 4]:
        print("no")
    case _:
        pass
print("after failed sequence:", x, y, z)
match {"a": 1, "b": 2}:
    case {"a": x, "b": 3}:
        print("no")
    case _:
        pass
print("after failed mapping:", x)
class P:
    __match_args__ = ("a", "b")
    a = 10
    b = 20
match P():
    case P(x, 21):
        print("no")
    case P(z, y):
        print("matched", z, y)
print("after class:", x, y, z)
def f(v):
    w = "old"
    match v:
        case [w, 0] | [0, w]:
            return w
        case _:
            return w
print(f([5, 0]), f([0, 6]), f([7, 7]))
