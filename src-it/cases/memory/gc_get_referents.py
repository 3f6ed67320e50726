import gc
a = [1, "two", (3,)]
print(gc.get_referents(a))
d = {"k": [5]}
print(gc.get_referents(d))
class A:
    pass
o = A()
o.x = [1]
print(gc.get_referents(o))
print(gc.get_referents(1, "s"))
