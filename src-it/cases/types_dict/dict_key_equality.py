d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
d2 = {}
d2[(1, 2)] = "t"
d2[frozenset({1})] = "fs"
print(d2[(1, 2)], d2[frozenset([1])])
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
d3 = {K(1): "one"}
print(d3[K(1)], K(2) in d3)
