# A float subclass's __float__ and arithmetic overrides: float() and operators use them, math does not.
import math
class F(float):
    def __float__(self):
        print("__float__"); return 10.0
    def __add__(self, other):
        print("__add__"); return "added"
    def __round__(self, n=None):
        return "rounded"
    def __bool__(self):
        return True
f = F(0.0)
print(float(f), f + 1, 1 + f, f - 1, math.floor(F(2.5)), math.sqrt(F(4.0)))
print(round(f), round(f, 2), bool(f), int(F(3.7)), f == 0.0, F(2.0) ** 2)
print(F(1.5).is_integer(), F(2.0).as_integer_ratio(), type(F(1.5).conjugate()).__name__)
print(f"{F(1.25):.1f}", "%.2f" % F(2.5), str(F(3.5)), repr(F(4.5)))
