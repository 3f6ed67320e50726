# object.__getattribute__ called directly and on other objects
class A:
    x = 1
    def __init__(self):
        self.y = 2
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
a = A()
print(a.x, a.y, a.secret)
print(object.__getattribute__(a, "y"))
try:
    object.__getattribute__(a, "secret")
except AttributeError as e:
    print(e)
print(object.__getattribute__(3, "real"))
try:
    object.__getattribute__(a, 5)
except TypeError as e:
    print(e)
print(type(a).__getattribute__ is A.__getattribute__)
class B(A): pass
print(B().secret, B().y)
