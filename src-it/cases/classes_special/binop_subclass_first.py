# A right operand whose type is a proper subclass of the left's, and overrides the reflected
# method, is tried first.
class Base:
    def __mul__(self, o):
        print("Base.__mul__"); return "Base"
    def __rmul__(self, o):
        print("Base.__rmul__"); return "Base.r"
class Sub(Base):
    def __rmul__(self, o):
        print("Sub.__rmul__"); return "Sub.r"
class Same(Base):
    pass
print(Base() * Sub())
print(Sub() * Base())
# A subclass that inherits __rmul__ without overriding it is not tried first.
print(Base() * Same())
class Declines(Base):
    def __rmul__(self, o):
        print("Declines.__rmul__"); return NotImplemented
print(Base() * Declines())
class IntSub(int):
    def __radd__(self, o):
        print("IntSub.__radd__"); return "intsub"
print(5 + IntSub(3))
print(IntSub(3) + 5)
