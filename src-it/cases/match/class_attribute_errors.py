class C:
    __match_args__ = ("a", "missing")
    a = 1
    @property
    def boom(self):
        raise ValueError("boom from property")
    @property
    def attr_err(self):
        raise AttributeError("attr error from property")
def m(v):
    match v:
        case C(a=1, missing=2):
            return "missing matched?"
        case C(attr_err=x):
            return "attr_err matched?"
        case C(1, _):
            return "positional missing matched?"
        case C(a=1, boom=x):
            return "boom matched?"
    return "none"
try:
    print(m(C()))
except ValueError as e:
    print("ValueError", e)
class D:
    x = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name == "y":
            return 2
        raise AttributeError(name)
match D():
    case D(x=1, y=2, z=3):
        print("all three")
    case D(x=1, y=y):
        print("x and y", y)
