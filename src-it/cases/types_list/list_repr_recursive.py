a = [1, "two", 3.0, None, [4]]
print(repr(a), str(a))
a.append(a)
print(a)
d = {"k": []}
d["k"].append(d)
print(d)
