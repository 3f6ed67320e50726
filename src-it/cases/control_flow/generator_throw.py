def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", e)
        yield "recovered"
    yield "after"
g = gen()
print(next(g))
print(g.throw(ValueError("oops")))
print(next(g))
g2 = gen()
next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g2))
