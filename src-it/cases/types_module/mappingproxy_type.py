# types.MappingProxyType: a read-only live view of a mapping.
import types
d = {"a": 1}
p = types.MappingProxyType(d)
print(p, p["a"], len(p), "a" in p, list(p), p.get("z", 0), list(p.items()), list(p.keys()), list(p.values()))
d["b"] = 2
print(p, len(p))
for action in ["p['c'] = 3", "del p['a']", "p.clear()", "p.pop('a')", "p.update({})", "p.setdefault('x', 1)"]:
    try:
        exec(action)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
c = p.copy()
print(type(c).__name__, c)
print(p == {"a": 1, "b": 2}, p | {"z": 0}, type(p | {}).__name__)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print(e)
print(isinstance(type.__dict__, types.MappingProxyType), repr(types.MappingProxyType({}))) 
print(list(reversed(p)))
