import weakref
class E:
    def __init__(self, n):
        self.n = n
items = [E(i) for i in range(5)]
s = weakref.WeakSet(items)
print(len(s), items[0] in s, E(9) in s)
del items[0]
print(len(s))
items.clear()
print(len(s))
x = E(10)
s.add(x)
s.discard(x)
print(len(s))
