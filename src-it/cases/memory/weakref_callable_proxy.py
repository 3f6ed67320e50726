import weakref
class F:
    def __call__(self, n):
        return n + 1
f = F()
p = weakref.proxy(f)
print(type(p).__name__, p(41))
def g(x):
    return x * 3
pg = weakref.proxy(g)
print(type(pg).__name__, pg(3))
print(isinstance(p, weakref.ProxyTypes))
