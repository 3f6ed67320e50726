class A:
    __match_args__ = ("x",)
    x = 1
class B(A):
    __match_args__ = None
class Cl:
    __match_args__ = ("x",)
    def __init__(self):
        self.x = "instance"
class Inst:
    x = 5
i = Inst()
i.__match_args__ = ("x",)
for subject, label in ((A(), "A"), (B(), "B")):
    for cls in (A, B):
        try:
            match subject:
                case cls(v):
                    print(label, cls.__name__, "matched", v)
                case _:
                    print(label, cls.__name__, "no match")
        except TypeError as e:
            print(label, cls.__name__, "TypeError:", e)
match Cl():
    case Cl(v):
        print("Cl", v)
try:
    match i:
        case Inst(v):
            print("instance __match_args__ used?", v)
except TypeError as e:
    print("TypeError:", e)
