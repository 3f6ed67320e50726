import weakref
class A:
    pass
a = A()
b = A()
ra = weakref.ref(a)
rb = weakref.ref(b)
print(ra == weakref.ref(a), ra == rb, ra != rb)
print(hash(ra) == hash(a))
h = hash(rb)
del b
print(hash(rb) == h)
c = A()
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
