class C:
    def m(self, x):
        return x * 2
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "static"
c = C()
bm = c.m
print(type(bm).__name__, bm.__self__ is c, bm.__func__ is C.m, bm(4), bm.__name__, bm.__qualname__)
print(type(C.m).__name__, C.m(c, 5), C.cm.__self__ is C, C.cm(), c.cm(), C.sm(), c.sm())
print(c.m == c.m, c.m is c.m)
