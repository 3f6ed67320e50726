import sys
class Box:
    pass
v = []
b = Box()
b.item = v
print(sys.getrefcount(v))
b.other = v
print(sys.getrefcount(v))
del b.item
print(sys.getrefcount(v))
del b
print(sys.getrefcount(v))
