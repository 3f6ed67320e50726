import sys
print(sys.getrefcount([]))
print(sys.getrefcount(object()))
class A:
    pass
print(sys.getrefcount(A()))
