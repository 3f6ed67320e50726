import sys
v = []
d = {}
for i in range(5):
    d[i] = v
print(sys.getrefcount(v))
d.pop(0)
print(sys.getrefcount(v))
d.clear()
print(sys.getrefcount(v))
