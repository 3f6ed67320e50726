import sys
x = []
for item in [x]:
    print(sys.getrefcount(x))
print(sys.getrefcount(x))
for item in (x, x):
    pass
print(sys.getrefcount(x))
del item
print(sys.getrefcount(x))
