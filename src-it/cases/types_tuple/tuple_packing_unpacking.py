def mm(seq):
    return min(seq), max(seq)
lo, hi = mm([3, 9, 1])
print(lo, hi)
t = 1, 2, 3
print(t)
(a, b), (c, *d) = (1, 2), (3, 4, 5)
print(a, b, c, d)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
