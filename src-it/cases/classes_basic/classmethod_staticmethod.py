class Temp:
    def __init__(self, c):
        self.c = c
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c):
        return c > -273.15
class Sub(Temp):
    pass
t = Sub.from_f(212)
print(type(t).__name__, t.c, Temp.valid(-300), t.valid(0))
