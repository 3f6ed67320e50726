a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = "xyz"
print(c, d)
e, *f, g = range(5)
print(e, f, g)
h, *i = (1,)
print(h, i)
(j, k), l = (1, 2), 3
print(j, k, l)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
