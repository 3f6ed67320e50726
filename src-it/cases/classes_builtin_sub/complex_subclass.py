# complex subclasses: construction, arithmetic results, repr, attributes.
class C(complex):
    def __repr__(self):
        return f"C({self.real}, {self.imag})"
c = C(1, 2)
print(c, c.real, c.imag, abs(C(3, 4)), type(c + 1).__name__, type(-c).__name__, type(c.conjugate()).__name__)
print(c == 1 + 2j, hash(c) == hash(1 + 2j), C("3+4j"), C(), C(5), type(C(5)).__name__)
print(str(C(1, 1)), f"{C(1, 1)}", complex(c), type(complex(c)).__name__)
class WithNew(complex):
    def __new__(cls, r):
        return super().__new__(cls, r, -r)
print(WithNew(2), type(WithNew(2)).__name__)
