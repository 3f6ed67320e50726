# __getattr__ runs for unset slots; __setattr__ sees slot assignments
class P:
    __slots__ = ("a", "b")
    def __getattr__(self, name):
        return f"default {name}"
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
p = P()
print(p.a, p.c)
p.a = 1
print(p.a)
try:
    p.c = 3
except AttributeError as e:
    print(e)
del p.a
print(p.a)
