# The right operand's reflected comparison goes first when its type is a subclass.
class Base:
    def __eq__(self, o):
        print("Base.__eq__"); return "base"
    def __lt__(self, o):
        print("Base.__lt__"); return "base lt"
    def __gt__(self, o):
        print("Base.__gt__"); return "base gt"
class Sub(Base):
    def __eq__(self, o):
        print("Sub.__eq__"); return "sub"
    def __gt__(self, o):
        print("Sub.__gt__"); return "sub gt"
print(Base() == Sub())
print(Sub() == Base())
print(Base() < Sub())
print(Sub() < Base())
class Plain(Base):
    pass
print(Base() < Plain())
class S(str):
    def __eq__(self, o):
        print("S.__eq__"); return True
    __hash__ = str.__hash__
print("x" == S("y"))
print(["x"] == [S("y")])
