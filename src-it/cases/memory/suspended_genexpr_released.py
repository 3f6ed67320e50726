# A generator expression left suspended by any(), del or break is released at once.
import gc, weakref
class X: pass
def f():
    x = X()
    r = weakref.ref(x)
    any(x is not None for _ in range(3))
    return r
r = f(); print("after any:", r() is None); gc.collect(); print("after collect:", r() is None)
def g():
    x = X()
    r = weakref.ref(x)
    gen = (x for _ in range(3))
    next(gen)
    del gen
    return r
r = g(); print("del suspended gen:", r() is None)
def h():
    x = X()
    r = weakref.ref(x)
    for y in (x for _ in range(3)):
        break
    return r
r = h(); print("break out of genexpr:", r() is None)
