def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, x=3))
print(f(*[1, 2], *(3,), **{"a": 1}, b=2))
def g(a, *rest, last=None, **kw):
    return a, rest, last, kw
print(g(1, 2, 3, last=4, z=5))
