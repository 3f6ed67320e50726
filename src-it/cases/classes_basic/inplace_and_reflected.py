class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __radd__(self, o):
        return Acc(o + self.v)
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
ref = a
a += 5
print(a, a is ref, 10 + a, sum([Acc(2)], 0))
