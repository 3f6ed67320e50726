print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(("a",)) == hash(("a",)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((-1,)), hash((True, None)) == hash((1, None)))
d = {(1, 2): "pair", (): "empty"}
print(d[(1, 2)], d[()])
