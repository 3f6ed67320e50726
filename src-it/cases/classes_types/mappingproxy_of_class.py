# The mappingproxy of a class: reading, iterating, copying
class A:
    x = 1
    y = 2
p = A.__dict__
names = [k for k in p if not k.startswith("__")]
print(names, [k for k in p.keys() if not k.startswith("__")])
print([v for k, v in p.items() if k in ("x", "y")], p.get("x"), p.get("nope", 0))
c = p.copy()
print(type(c).__name__, c["x"], c is not p)
c["x"] = 100
print(A.x, "x" in p, "q" in p)
print(len(p) == len(list(p)), p == dict(p), p != {})
print(type(iter(p)).__name__ in ("dict_keyiterator",))
try:
    p.pop("x")
except AttributeError as e:
    print(e)
try:
    p.clear()
except AttributeError as e:
    print(e)
print(dict(p)["y"], sorted(set(p) & {"x", "y"}))
