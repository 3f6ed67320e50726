import gc, weakref
gc.enable()
class Node:
    pass
first = Node()
first.me = first
r = weakref.ref(first)
del first
for i in range(10000):
    n = Node()
    n.me = n
print("collected automatically:", r() is None)
gc.collect()
