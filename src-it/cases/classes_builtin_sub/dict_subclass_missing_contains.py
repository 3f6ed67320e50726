# Overridden __contains__, __len__, __iter__ and keys() in a dict subclass: who uses them.
class D(dict):
    def __contains__(self, k):
        print("__contains__", k); return True
    def __len__(self):
        print("__len__"); return 100
    def __iter__(self):
        print("__iter__"); return iter(["fake"])
    def keys(self):
        print("keys()"); return ["k2"]
    def __getitem__(self, k):
        print("__getitem__", k); return "G"
d = D(a=1)
print("a" in d, "zz" in d)
print(len(d), bool(d))
print(list(d))
print(dict(d))
print({**d})
print(sorted(d.items()), list(d.values()))
other = {}
other.update(d)
print(other)
print(d.get("zz", "default"))
def f(**kw): return kw
print(f(**d))
