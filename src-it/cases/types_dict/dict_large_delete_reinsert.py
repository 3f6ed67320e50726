d = {}
for i in range(1000):
    d[i] = i * 2
for i in range(0, 1000, 2):
    del d[i]
for i in range(5):
    d[-i] = i
print(len(d), list(d)[:5], list(d)[-5:], sum(d.values()))
