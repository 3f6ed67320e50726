class Loud:
    def __init__(self, name, equal):
        self.name = name
        self.equal = equal
    def __eq__(self, other):
        print(f"{self.name}.__eq__({type(other).__name__})")
        return self.equal
    __hash__ = None
class Subject:
    def __init__(self, tag): self.tag = tag
    def __eq__(self, other):
        print(f"Subject({self.tag}).__eq__({type(other).__name__})")
        return NotImplemented
class K:
    A = Loud("A", False)
    B = Loud("B", True)
match [Subject(1), Subject(2)]:
    case [K.A, K.B]:
        print("first case")
    case [K.B, K.A]:
        print("second case")
    case [K.B, K.B]:
        print("third case")
match 3:
    case K.A | K.B:
        print("or matched")
