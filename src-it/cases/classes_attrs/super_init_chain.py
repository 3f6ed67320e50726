# Cooperative __init__ through super() in a diamond
class Base:
    def __init__(self, **kw):
        print("Base", kw)
        super().__init__(**kw)
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom")
        super().__init__(**kw)
Bottom(left=1, right=2)
print([c.__name__ for c in Bottom.__mro__])
try:
    Bottom(extra=3)
except TypeError as e:
    print(e)
