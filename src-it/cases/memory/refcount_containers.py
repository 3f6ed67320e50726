import sys
x = object()
print(sys.getrefcount(x))
l = [x, x, x]
print(sys.getrefcount(x))
t = (x,)
print(sys.getrefcount(x))
d = {"a": x, "b": x}
print(sys.getrefcount(x))
s = {x}
print(sys.getrefcount(x))
del l, t, d, s
print(sys.getrefcount(x))
