class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
a = list(range(10))
print(a[Idx(3)], a[Idx(1):Idx(4)], "abcdef"[Idx(2)::Idx(2)], range(10)[Idx(7)])
try:
    a[1.0:2]
except TypeError as e:
    print(e)
