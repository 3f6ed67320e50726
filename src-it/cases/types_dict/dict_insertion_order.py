d = {}
for k in ("zeta", "alpha", "mid", "beta"):
    d[k] = len(k)
print(list(d), list(d.values()))
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 9
print(list(d.items()))
