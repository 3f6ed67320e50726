# x op= y: __iop__ first; NotImplemented falls back to __op__, then to y's __rop__.
class X:
    def __iadd__(self, o):
        print("X.__iadd__"); return NotImplemented
    def __add__(self, o):
        print("X.__add__"); return NotImplemented
    def __isub__(self, o):
        print("X.__isub__"); return "isub result"
    def __imatmul__(self, o):
        print("X.__imatmul__"); return self
class Y:
    def __radd__(self, o):
        print("Y.__radd__"); return "from Y"
x = X()
x += Y()
print(x)
x = X()
x -= 1
print(x)
x = X()
x @= 2
print(type(x).__name__)
x = X()
try:
    x += 1
except TypeError as e:
    print(e)
class OnlyAdd:
    def __add__(self, o):
        return ("add", o)
v = OnlyAdd()
v += 5
print(v)
for name in ["__ipow__", "__ifloordiv__", "__itruediv__", "__imod__", "__ilshift__", "__irshift__", "__ixor__", "__iand__", "__ior__", "__imul__"]:
    print(name, hasattr(list, name), hasattr(int, name))
