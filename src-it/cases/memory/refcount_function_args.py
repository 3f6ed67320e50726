import sys
def one(a):
    return sys.getrefcount(a)
def two(a, b):
    return sys.getrefcount(a), sys.getrefcount(b)
x = []
print(one(x))
print(two(x, x))
print(sys.getrefcount(x))
