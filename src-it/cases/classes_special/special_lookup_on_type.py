# Implicit special-method lookup skips the instance dict; explicit calls do not.
class C:
    def __len__(self): return 1
    def __repr__(self): return "class repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
c.__add__ = lambda o: "instance add"
print(len(c), c.__len__(), repr(c), c.__repr__())
try:
    c + 1
except TypeError as e:
    print(e)
class GA:
    def __getattr__(self, name):
        print("__getattr__", name)
        return lambda *a: "from getattr"
g = GA()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print(e)
try:
    iter(g)
except TypeError as e:
    print(e)
