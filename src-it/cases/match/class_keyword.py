class Box:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    @property
    def area(self):
        print("area computed")
        return self.w * self.h
def m(v):
    match v:
        case Box(w=0) | Box(h=0):
            return "flat"
        case Box(w=w, h=h, area=a) if a > 10:
            return f"big {w}x{h}={a}"
        case Box(w=w, h=h):
            return f"small {w}x{h}"
        case Box(color=c):
            return f"colored {c}"
        case Box():
            return "some box"
for v in (Box(w=0, h=3), Box(w=2, h=0), Box(w=5, h=3), Box(w=2, h=2), Box(color="red"), Box(), 5):
    print(m(v))
