# == and != when methods decline: identity for ==, its negation for !=; an explicit __ne__.
class Declines:
    def __eq__(self, o):
        print("eq declines"); return NotImplemented
    def __ne__(self, o):
        print("ne declines"); return NotImplemented
a, b = Declines(), Declines()
print(a == a, a == b, a != a, a != b)
class OnlyNe:
    def __ne__(self, o):
        print("OnlyNe.__ne__"); return False
print(OnlyNe() != 1, OnlyNe() == 1, 1 != OnlyNe())
class EqTrue:
    def __eq__(self, o): return True
print(EqTrue() != 1, 1 != EqTrue(), EqTrue() != EqTrue())
class LtOnly:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"LtOnly({self.v})"
print(LtOnly(2) > LtOnly(1), sorted([LtOnly(3), LtOnly(1)]), max(LtOnly(1), LtOnly(5)))
try:
    LtOnly(1) <= LtOnly(2)
except TypeError as e:
    print(e)
