# float subclass: construction, arithmetic returns float, repr, __new__ with extra state.
class Celsius(float):
    def __new__(cls, value, unit="C"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{float(self)}°{self.unit}"
c = Celsius(21.5)
print(c, c.unit, c + 1, type(c + 1).__name__, type(-c).__name__, type(abs(c)).__name__)
print(c == 21.5, c > 20, round(c), type(round(c, 1)).__name__, int(c), c.is_integer(), c.hex())
print(f"{c:.2f}", "%.1f" % c, str(c), format(c), float(c), type(float(c)).__name__)
class F(float): pass
print(F("1e3"), F(" 2.5 "), F(3), F(), F(True), repr(F(0.1)))
try:
    F("abc")
except ValueError as e:
    print(e)
print(F.fromhex("0x1p3"), type(F.fromhex("0x1p3")).__name__)
print(divmod(F(7.0), 2), F(7.0) // 2, type(F(7.0) // 2).__name__, F(2.0) ** 2)
print(hash(F(1.5)) == hash(1.5), {F(1.0): "a"}[1])
