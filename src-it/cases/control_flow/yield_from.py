def inner():
    x = yield "a"
    print("inner got", x)
    yield "b"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "c"
g = outer()
print(next(g))
print(g.send("sent"))
print(next(g))
print(list(g))
