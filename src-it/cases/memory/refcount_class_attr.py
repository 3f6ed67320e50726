import sys
v = []
class C:
    shared = v
print(sys.getrefcount(v))
C.shared = None
print(sys.getrefcount(v))
