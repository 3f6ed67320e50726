import copy

values = [1, "s", (1, [2]), [1, [2]], {"a": [1]}, {1, 2}, frozenset({3}), bytearray(b"x"), None, 2.5, b"b"]
for v in values:
    c = copy.copy(v)
    print(type(v).__name__, c == v, c is v)
l = [[1], [2]]
c = copy.copy(l)
print(c[0] is l[0], c is l)
