def f(a, b=1, *args, c, d=2, **kw):
    "doc string"
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_varnames)
print(f.__defaults__, f.__kwdefaults__)
f.custom = 5
print(f.__dict__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
