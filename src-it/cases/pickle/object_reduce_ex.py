class P:
    def __init__(self):
        self.v = 1

p = P()
r0 = p.__reduce_ex__(0)
print(r0[0].__name__, r0[1][0].__name__, r0[1][1].__name__, r0[1][2], r0[2])
r2 = p.__reduce_ex__(2)
print(r2[0].__name__, r2[1][0].__name__, r2[2:])
print(p.__reduce__()[0].__name__)
print(p.__getstate__() is p.__dict__, object().__getstate__())
l = [1]
print(l.__reduce_ex__(2)[0].__name__, list(l.__reduce_ex__(2)[3]))
print((5).__getnewargs__(), "s".__getnewargs__(), (1.5).__getnewargs__(), (1, 2).__getnewargs__())
print({3}.__reduce__(), frozenset({4}).__reduce__(), bytearray(b"a").__reduce_ex__(2))
