for v in (0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 61), 10 ** 20):
    print(v, hash(v))
print(hash(True), hash(False))
