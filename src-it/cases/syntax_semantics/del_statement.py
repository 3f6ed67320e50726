a = [0, 1, 2, 3, 4, 5]
del a[1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
class C: pass
c = C(); c.attr = 1
del c.attr
print(hasattr(c, "attr"))
v = 1
del v
try:
    v
except NameError as e:
    print(e)
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
