import sys
d = []
def f(x=d):
    return x
print(sys.getrefcount(d))
del f
print(sys.getrefcount(d))
