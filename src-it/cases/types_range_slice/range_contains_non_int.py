r = range(5)
print(2.0 in r, 2.5 in r, "a" in r, True in r, r.count(2.0), r.index(True))
