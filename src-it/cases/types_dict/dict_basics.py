d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, 10 in d)
del d["b"]
print(d, list(d), d.get("x"), d.get("x", 0), d.get("c"))
