class S:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __del__(self):
        print("del S", self.a.n)
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del V", self.n)
s = S(V(1), V(2))
del s
print("end")
