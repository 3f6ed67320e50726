def outer():
    a = 1
    b = 2
    def inner():
        return a + b
    return inner
f = outer()
print(len(f.__closure__))
print(sorted(c.cell_contents for c in f.__closure__))
print(f.__code__.co_freevars)
print(outer.__code__.co_cellvars)
print(f())
