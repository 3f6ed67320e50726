for v in (0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 2.0 ** 61, float("inf"), float("-inf")):
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(0.5))
