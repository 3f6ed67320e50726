import gc, weakref
gc.disable()
class Leaf:
    pass
leaf = Leaf()
r = weakref.ref(leaf)
l = [leaf]
d = {"l": l}
l.append(d)
del leaf, l, d
print(r() is not None)
print(gc.collect())
print(r())
