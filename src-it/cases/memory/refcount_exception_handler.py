import sys
v = []
try:
    raise ValueError(v)
except ValueError as e:
    print(sys.getrefcount(v))
print(sys.getrefcount(v))
