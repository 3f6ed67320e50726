# getrefcount counts the argument's own reference too.
import sys

x = object()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
lst = [x, x]
print(sys.getrefcount(x))
del y, lst
print(sys.getrefcount(x))
print(sys.getrefcount(None) > 1000)
try:
    sys.getrefcount()
except TypeError as e:
    print(e)
