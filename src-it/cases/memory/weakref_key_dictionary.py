import weakref
class K:
    def __init__(self, n):
        self.n = n
d = weakref.WeakKeyDictionary()
k1 = K(1)
k2 = K(2)
d[k1] = "one"
d[k2] = "two"
print(len(d), d[k1], k2 in d)
del k1
print(len(d), sorted(v for v in d.values()))
print([k.n for k in d.keys()])
del k2
print(len(d))
