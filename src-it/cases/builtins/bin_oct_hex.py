print(bin(0), bin(5), bin(-5), oct(0), oct(64), oct(-8), hex(0), hex(4095), hex(-1))
class I:
    def __index__(self):
        return 10
print(bin(I()), hex(I()), oct(I()))
try:
    hex(1.5)
except TypeError as e:
    print(e)
