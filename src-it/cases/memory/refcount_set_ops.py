import sys
class K:
    pass
k = K()
s = set()
s.add(k)
print(sys.getrefcount(k))
s.add(k)
print(sys.getrefcount(k))
s.discard(k)
print(sys.getrefcount(k))
