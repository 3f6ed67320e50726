import weakref
class A:
    pass
def done(*args, **kw):
    print("finalize called", args, kw)
    return "result"
a = A()
f = weakref.finalize(a, done, 1, 2, key="v")
print(f.alive)
del a
print(f.alive)
b = A()
g = weakref.finalize(b, done, "early")
print(g())
print(g.alive, g())
h = weakref.finalize(b, done)
print(h.detach()[1] is done, h.alive)
del b
print("end")
