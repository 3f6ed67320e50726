import weakref
class N(list):
    pass
n = N([3, 1, 2])
p = weakref.proxy(n)
print(len(p), p[0], 2 in p, list(p))
p[0] = 9
print(n)
print(p == [9, 1, 2], bool(p))
try:
    hash(p)
except TypeError as e:
    print(e)
