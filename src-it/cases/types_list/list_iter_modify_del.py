a = list(range(6))
for i in range(len(a) - 1, -1, -1):
    if a[i] % 2:
        del a[i]
print(a)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
