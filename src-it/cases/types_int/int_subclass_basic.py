class MyInt(int):
    def double(self):
        return self * 2
x = MyInt(21)
print(x, x.double(), type(x).__name__, type(x + 1).__name__, isinstance(x, int))
print(repr(MyInt(5)))
