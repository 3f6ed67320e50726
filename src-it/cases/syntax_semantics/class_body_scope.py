x = "global"
class C:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)
def f():
    v = "func"
    class D:
        w = v
        v2 = v + "!"
    return D.w, D.v2
print(f())
