import sys
def outer():
    v = []
    def inner():
        return v
    return inner, v
f, v = outer()
print(sys.getrefcount(v))
del f
print(sys.getrefcount(v))
