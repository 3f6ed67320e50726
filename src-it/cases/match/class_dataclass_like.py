class Record:
    fields = ()
    def __init__(self, *args):
        for name, value in zip(self.fields, args):
            setattr(self, name, value)
    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.fields)
        return f"{type(self).__name__}({inner})"
class Add(Record):
    fields = ("left", "right")
class Num(Record):
    fields = ("value",)
class Neg(Record):
    fields = ("operand",)
def ev(e):
    match e:
        case Num(v):
            return v
        case Add(l, r):
            return ev(l) + ev(r)
        case Neg(Neg(x)):
            return ev(x)
        case Neg(x):
            return -ev(x)
        case _:
            raise ValueError(f"bad expression {e!r}")
for cls in (Add, Num, Neg):
    cls.__match_args__ = cls.fields
print(Add.__match_args__, Num.__match_args__)
e = Add(Num(2), Neg(Neg(Add(Num(3), Neg(Num(1))))))
print(e)
print(ev(e))
try:
    ev(Add(Num(1), "x"))
except ValueError as err:
    print(err)
