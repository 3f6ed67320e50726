# Which overridden dunders of an int subclass the interpreter uses, and which it bypasses.
import math
class I(int):
    def __index__(self):
        print("__index__"); return 0
    def __int__(self):
        print("__int__"); return 99
    def __bool__(self):
        print("__bool__"); return False
    def __float__(self):
        print("__float__"); return 1.5
    def __str__(self):
        return "I-str"
i = I(1)
print([10, 20][i], "abc"[i:], list(range(i + 1)))
print(int(i), bool(i), "truthy" if i else "falsy")
print(float(i), math.sqrt(I(4)), i + 1, i * 2)
print(str(i), repr(i), f"{i}", "%d" % i, "%s" % i)
print(hex(i), bin(i), oct(i))
print(I.from_bytes(b"\x01\x00", "big"), type(I.from_bytes(b"\x01", "big")).__name__)
print(type(abs(I(-3))).__name__, I(7).bit_length(), I(6).__index__())
