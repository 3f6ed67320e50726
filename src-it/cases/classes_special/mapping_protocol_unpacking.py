# A class with keys() and __getitem__ is a mapping for dict(), update, ** and {**}.
class Mapping:
    def keys(self):
        print("keys()"); return ["a", "b"]
    def __getitem__(self, k):
        print("getitem", k); return k.upper()
m = Mapping()
print(dict(m))
d = {"z": 0}
d.update(m)
print(d)
print({**m, "c": 3})
def f(**kw): return kw
print(f(**m))
print(f(x=1, **m))
try:
    f(a=1, **m)
except TypeError as e:
    print(e)
for bad in [5, [1], "s"]:
    try:
        f(**bad)
    except TypeError as e:
        print(e)
    try:
        {**bad}
    except TypeError as e:
        print(e)
