# A class's __dict__ is a read-only mappingproxy
class A:
    x = 1
    def m(self): pass
d = A.__dict__
print(type(d).__name__)
print([k for k in d if not k.startswith("__")])
print(sorted(k for k in d if k.startswith("__")))
print(d["x"], "m" in d, d.get("y", "none"), len(d) > 3)
try:
    d["x"] = 2
except TypeError as e:
    print(e)
try:
    del d["x"]
except TypeError as e:
    print(e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
A.y = 5
print(d["y"], "y" in A.__dict__)
print(type(A.__dict__["m"]).__name__)
print(type(int.__dict__).__name__, "__add__" in int.__dict__)
print(type(A.__dict__.keys()).__name__, type(A.__dict__.copy()).__name__)
try:
    A.__dict__ = {}
except AttributeError as e:
    print(e)
