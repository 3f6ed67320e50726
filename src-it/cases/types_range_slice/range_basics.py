r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r)
print(range(5), range(0), list(range(10, 0, -2)), list(range(0, -5, -1)), len(range(5, 0)))
print(r.start, r.stop, r.step, r.index(8), r.count(8))
