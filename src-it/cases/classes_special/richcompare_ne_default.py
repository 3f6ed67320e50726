# object.__ne__ inverts __eq__ unless it returns NotImplemented; __eq__ results not bools.
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("E.__eq__")
        return self.v == getattr(o, "v", None)
print(E(1) != E(1), E(1) != E(2))
class Weird:
    def __eq__(self, o): return "yes"
print(Weird() != 1, Weird() == 1)
class NI:
    def __eq__(self, o): return NotImplemented
a = NI()
print(a == a, a != a, a == NI(), a != NI())
print(object.__ne__(E(1), E(1)))
print(object.__eq__(1, 1), object.__eq__(a, a))
print(object.__lt__(1, 2))
class Z:
    def __ne__(self, o): return "custom ne"
print(Z() != 1, Z() == 1)
