# __index__ feeds hex/oct/bin, chr, %x/%o/%c, int.to_bytes lengths, and str multiplication.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(hex(I(255)), oct(I(8)), bin(I(5)), chr(I(65)), "%x %o %c %d" % (I(255), I(8), I(66), I(7)))
print((5).to_bytes(I(2), "big"), "ab" * I(3), [1] * I(2), range(I(1), I(10), I(3)))
print(f"{I(5).__index__():04b}", int(I(12)), round(3.14159, I(2)))
class Float:
    def __float__(self): return 2.5
for expr in ["hex(Float())", "chr(Float())", "'%x' % Float()", "'%c' % 1.5", "'%d' % Float()"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "->", e)
