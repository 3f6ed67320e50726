print(int(2.9), int(-2.9), float(7), float(2 ** 63), float(-5))
print(float(True), float("  -3.5e2\n"), float(b"1.25"))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), type(math.floor(2.5)).__name__)
print(math.floor(1e20))
class F:
    def __float__(self):
        return 4.25
print(float(F()))
try:
    float([])
except TypeError as e:
    print(e)
