# Subclass instances as dict keys: equal values of the base type find them, hashes match.
class F(float): pass
class S(str): pass
class T(tuple): pass
d = {F(1.5): "float", S("k"): "str", T((1, 2)): "tuple"}
print(d[1.5], d["k"], d[(1, 2)])
print(F(2.0) == 2, hash(F(2.0)) == hash(2), {2: "int"}[F(2.0)])
print(sorted(d.values()), [type(k).__name__ for k in d])
d["k"] = "replaced"
print([type(k).__name__ for k in d], d[S("k")])
print(S("a") in {"a"}, "a" in {S("a")}, T((1,)) in [(1,)])
