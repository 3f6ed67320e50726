# dict's own methods do not call an overridden __setitem__ / __getitem__.
class Loud(dict):
    def __setitem__(self, k, v):
        print("__setitem__", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("__getitem__", k)
        return super().__getitem__(k)
d = Loud({"a": 1}, b=2)
print("constructed", d)
d.update(c=3)
d.update([("e", 5)])
d.setdefault("f", 6)
d |= {"g": 7}
print(d.get("a"), d.pop("b"), d.copy() == d, dict(d) == d)
d["h"] = 8
print(d["h"])
print(sorted(d.items()))
print(list(d.values()))
print({**d} == d)
print(type(d.copy()).__name__, type(d | {}).__name__, type({} | d).__name__)
e = Loud.fromkeys("xy", 0)
print(type(e).__name__, e)
