# __hash__ must return an int; big ints are reduced; -1 becomes -2.
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print(hash(H(5)), hash(H(-1)), hash(H(True)))
print(hash(H(2**64)) == hash(2**64), hash(H(-2**70)) == hash(-2**70))
for v in ["x", 1.5, None]:
    try:
        hash(H(v))
    except TypeError as e:
        print(type(v).__name__, "->", e)
class IntSub(int): pass
print(hash(H(IntSub(7))))
d = {H(3): "three"}
print(len(d), [type(k).__name__ for k in d])
class EqHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        print("eq called"); return isinstance(o, EqHash) and o.k == self.k
    def __hash__(self): return hash(self.k)
s = {EqHash(1)}
print(EqHash(1) in s)
print(EqHash(2) in s)
