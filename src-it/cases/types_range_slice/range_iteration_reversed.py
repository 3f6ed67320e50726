r = range(1, 10, 4)
print(list(reversed(r)), list(iter(r)), sum(r), max(r), min(r), sorted(r, reverse=True))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
