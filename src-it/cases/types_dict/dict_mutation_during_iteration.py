d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
d = {1: 1}
try:
    for k in d.keys():
        d[2] = 2
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
for k in list(d):
    d[k * 10] = d.pop(k)
print(d)
