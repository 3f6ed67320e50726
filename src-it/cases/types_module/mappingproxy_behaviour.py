# MappingProxyType over dict subclasses and other mappings; iteration, views and comparisons.
import types
class D(dict):
    def __missing__(self, key):
        return f"missing {key}"
p = types.MappingProxyType(D(a=1))
print(p["a"], p["zz"], p.get("zz"), "zz" in p)
keys = p.keys()
print(type(keys).__name__, list(keys), list(p.items()), len(p), list(iter(p)))
print(p == {"a": 1}, p != {"a": 2}, {"a": 1} == p, str(p), repr(p))
class Mapping:
    def __getitem__(self, k): return k * 2
    def keys(self): return ["x"]
    def __iter__(self): return iter(["x"])
    def __len__(self): return 1
mp = types.MappingProxyType(Mapping())
print(mp["ab"], len(mp), list(mp))
try:
    types.MappingProxyType(None)
except TypeError as e:
    print(e)
try:
    p.x = 1
except AttributeError as e:
    print(e)
