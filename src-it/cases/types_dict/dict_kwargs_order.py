def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
print(f(**{"b": 1}, a=2))
