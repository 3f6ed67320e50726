# property combinations: deleter only, setter only, and __set__/__delete__ called directly
class A:
    def _d(self):
        print("deleting")
    only_del = property(None, None, _d)
    def _s(self, v):
        print("setting", v)
    only_set = property(None, _s)
a = A()
del a.only_del
a.only_set = 4
try:
    a.only_del
except AttributeError as e:
    print(e)
try:
    a.only_del = 1
except AttributeError as e:
    print(e)
A.only_del.__delete__(a)
A.only_set.__set__(a, 9)
try:
    A.only_set.__delete__(a)
except AttributeError as e:
    print(e)
print(A.only_del.fget, A.only_set.fdel)
