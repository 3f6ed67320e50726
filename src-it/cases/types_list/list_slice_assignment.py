a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [7, 8, 9]
print(a)
a[::3] = [0] * len(a[::3])
print(a)
a[:] = "abc"
print(a)
a[5:] = [1]
print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
a[:0] = a
print(a)
del a[::2]
print(a)
