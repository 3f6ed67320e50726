# A __class_getitem__ building a parameterised alias
class Alias:
    def __init__(self, origin, args):
        self.origin, self.args = origin, args
    def __repr__(self):
        names = ", ".join(a.__name__ if isinstance(a, type) else repr(a) for a in self.args)
        return f"{self.origin.__name__}[{names}]"
    def __call__(self, *a):
        return self.origin(*a)
class MyList(list):
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return Alias(cls, params)
a = MyList[int]
print(a, MyList[int, str], a([1, 2]), type(a([1])).__name__)
class NotClassmethod:
    @staticmethod
    def __class_getitem__(item):
        return "static " + repr(item)
print(NotClassmethod[5])
class Inherits(MyList): pass
print(Inherits[float])
try:
    MyList()[0]
except IndexError as e:
    print(e)
