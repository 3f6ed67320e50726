# Data descriptors beat the instance dict; non-data descriptors lose to it
class Data:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class NonData:
    def __get__(self, obj, owner):
        return "nondata"
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class A:
    d = Data()
    n = NonData()
    s = SetOnly()
a = A()
a.__dict__.update(d="inst-d", n="inst-n", s="inst-s")
print(a.d, a.n, a.s)
a.d = 1
a.n = 2
a.s = 3
print(a.__dict__)
print(A.d, A.n, type(A.s).__name__)
del a.n
print(a.n)
try:
    del a.d
except AttributeError as e:
    print(e)
class DelOnly:
    def __delete__(self, obj):
        print("DelOnly.__delete__")
class B:
    x = DelOnly()
b = B()
del b.x
try:
    b.x = 1
except AttributeError as e:
    print(e)
print(type(B.x).__name__)
