# Immutable builtins take their value in __new__; __init__ sees the same arguments.
class Bounded(int):
    def __new__(cls, value, limit):
        print("__new__", cls.__name__, value, limit)
        return super().__new__(cls, min(value, limit))
    def __init__(self, value, limit):
        print("__init__", value, limit)
        self.limit = limit
b = Bounded(50, 10)
print(b, b.limit, b + 1)
class OnlyInit(int):
    def __init__(self, value):
        print("OnlyInit.__init__", value)
        super().__init__()
print(OnlyInit(7))
try:
    OnlyInit(7, 8)
except TypeError as e:
    print(e)
class NewReturnsOther(int):
    def __new__(cls, v):
        return "not an int"
    def __init__(self, v):
        print("never called")
print(NewReturnsOther(1))
print(int.__new__(Bounded, 4), type(int.__new__(Bounded, 4)).__name__)
