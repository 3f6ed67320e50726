vals = [1e100, 1.0, -1e100] * 3
print(sum(vals))
print(sum([0.1, 0.2, 0.3]), sum([0.5] * 7, 0.25))
print(sum(range(10), 0.0))
