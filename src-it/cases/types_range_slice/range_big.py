r = range(0, 10 ** 20, 7)
print(r.stop // 7, r[-1], 10 ** 19 in r, r[10 ** 18], r[5:8])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(e)
print(range(2 ** 64)[-1])
