import sys
v = []
l = []
l.append(v)
l.append(v)
print(sys.getrefcount(v))
l.remove(v)
print(sys.getrefcount(v))
l.pop()
print(sys.getrefcount(v))
l.extend([v, v, v])
print(sys.getrefcount(v))
l *= 2
print(sys.getrefcount(v))
del l[:]
print(sys.getrefcount(v))
