a = [[1, 2], [3]]
b = a.copy()
c = a[:]
b[0].append(9)
print(a, b, c)
d = [list(x) for x in a]
d[0].append(10)
print(a, d)
