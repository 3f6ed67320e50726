a = list(range(8))
a[1::3] = ["x", "y", "z"]
print(a)
a[::-2] = range(4)
print(a)
del a[-1::-3]
print(a)
