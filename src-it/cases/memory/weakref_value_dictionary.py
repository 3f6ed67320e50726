import weakref
class Obj:
    def __init__(self, n):
        self.n = n
d = weakref.WeakValueDictionary()
a = Obj(1)
b = Obj(2)
d["a"] = a
d["b"] = b
print(len(d), sorted(d.keys()))
del a
print(len(d), list(d.keys()))
print(d["b"].n, d.get("a"), "a" in d, "b" in d)
del b
print(len(d))
