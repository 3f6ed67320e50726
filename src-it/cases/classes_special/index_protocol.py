# __index__ makes an object usable as a sequence index, slice bound, bin/hex/oct, range arg.
class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("index"); return self.v
l = list(range(10))
print(l[I(3)], l[I(1):I(4)], "abcdef"[I(2)], (1, 2, 3)[I(-1)])
print(bin(I(5)), hex(I(255)), oct(I(8)))
print(list(range(I(3))), range(10)[I(2)])
print([0] * I(3), "ab" * I(2))
print(int(I(7)))
class Bad:
    def __index__(self): return "no"
f, n = 1.5, None
for expr in ["l[Bad()]", "bin(Bad())", "range(Bad())", "[1][f]", "'s'[n]", "l[object()]"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
class Big:
    def __index__(self): return 2**100
try:
    l[Big()]
except IndexError as e:
    print("IndexError", e)
