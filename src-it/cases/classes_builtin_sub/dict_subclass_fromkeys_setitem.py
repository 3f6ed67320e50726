# dict.fromkeys and copy on a subclass: fromkeys calls cls() and the overridden __setitem__.
class D(dict):
    def __init__(self, *a, **kw):
        print("__init__", a, kw)
        super().__init__(*a, **kw)
    def __setitem__(self, k, v):
        print("__setitem__", k, v)
        super().__setitem__(k, v)
    def __delitem__(self, k):
        print("__delitem__", k)
        super().__delitem__(k)
d = D.fromkeys("ab", 0)
print(type(d).__name__, d)
e = d.copy()
print(type(e).__name__, e)
d.pop("a")
d.popitem()
d.update(z=1)
d.clear()
print(d)
d["q"] = 1
del d["q"]
print(d, D(), type(D.fromkeys([])).__name__)
class Plain(dict):
    pass
print(type(Plain.fromkeys("x")).__name__, Plain.fromkeys("xy", []))
