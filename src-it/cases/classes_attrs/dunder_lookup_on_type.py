# Special methods are looked up on the type, not the instance
class A:
    def __len__(self):
        return 1
a = A()
a.__len__ = lambda: 99
print(len(a), a.__len__())
class B:
    pass
b = B()
b.__repr__ = lambda: "instance repr"
print(repr(b).startswith("<__main__.B object"), b.__repr__())
B.__repr__ = lambda self: "class repr"
print(repr(b))
del B.__repr__
print(repr(b).startswith("<__main__.B object"))
class C:
    def __getattr__(self, name):
        return lambda *a: 42
c = C()
print(c.__len__())
try:
    len(c)
except TypeError as e:
    print(e)
