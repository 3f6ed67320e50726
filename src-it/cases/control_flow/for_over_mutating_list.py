lst = [1, 2, 3, 4]
for v in lst:
    if v == 2:
        lst.remove(v)
    print(v)
print(lst)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
