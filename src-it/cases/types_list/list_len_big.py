a = list(range(100000))
print(len(a), sum(a), a[-1], a[50000])
a[10:99990] = []
print(len(a), a)
