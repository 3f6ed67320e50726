d = {"x": 1, "y": 2, "z": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["w"] = 4
print(len(k), list(v), ("w", 4) in it, "w" in k)
print(k & {"x", "q"} == {"x"}, sorted(k | {"q"}), sorted(k - {"x"}), sorted(k ^ {"x", "q"}))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(k == {"x", "y", "z", "w"}, it == {("x", 1), ("y", 2), ("z", 3), ("w", 4)})
