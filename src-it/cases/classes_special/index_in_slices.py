# Slice bounds go through __index__; slice objects keep the objects; indices() converts them.
class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("index", self.v); return self.v
    def __repr__(self): return f"I({self.v})"
data = list(range(10))
print(data[I(2):I(5)], data[::I(3)], "abcdef"[I(1):I(-1):I(2)], (1, 2, 3)[I(1):])
s = slice(I(1), I(8), I(2))
print(s, s.indices(6))
print(range(10)[I(2):I(6)], bytearray(b"abcdef")[I(1):I(3)])
data[I(0):I(2)] = ["a", "b"]
del data[I(8):]
print(data)
class NotIndex:
    pass
try:
    data[NotIndex():]
except TypeError as e:
    print(e)
try:
    "abc"[1:"x"]
except TypeError as e:
    print(e)
