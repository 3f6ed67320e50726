print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, None))
