import gc, weakref
gc.disable()
print(gc.isenabled())
class Node:
    pass
refs = []
for i in range(5):
    n = Node()
    n.self = n
    refs.append(weakref.ref(n))
del n
print(sum(r() is not None for r in refs))
print(gc.collect())
print(sum(r() is not None for r in refs))
gc.enable()
print(gc.isenabled())
