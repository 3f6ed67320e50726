# int subclass: arithmetic returns int, unless the subclass overrides the operator.
class Meters(int):
    def __repr__(self): return f"Meters({int(self)})"
m = Meters(5)
for r in [m + 1, 1 + m, m * m, -m, +m, abs(m), m // 2, m % 3, m ** 2, m << 1, ~m, m & 3,
          round(m), int(m), m.real, m.numerator, m.conjugate(), divmod(m, 2)[0]]:
    print(r, type(r).__name__)
print(m, str(m), f"{m}", f"{m:04d}", "%d" % m, hex(m), m.bit_length(), m == 5, hash(m) == hash(5))
class Money(int):
    def __add__(self, o):
        return Money(int(self) + int(o))
    __radd__ = __add__
    def __repr__(self): return f"${int(self)}"
print(Money(2) + 3, 3 + Money(2), sum([Money(1), Money(2)]), type(sum([Money(1)], Money(0))).__name__)
print(Money(2) - 1, type(Money(2) - 1).__name__)
print(isinstance(True, int), type(Meters(True)).__name__, Meters("12"), Meters("ff", 16), Meters(3.9))
try:
    Meters("x")
except ValueError as e:
    print(e)
print([1, 2, 3][Meters(1)], range(Meters(3)))
