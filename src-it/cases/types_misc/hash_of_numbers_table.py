values = [0, 1, -1, -2, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, -(2 ** 61 - 1), 1.5, -1.5, 0.25, 1e-300, 3.0, 1 + 1j, 1j, True]
for v in values:
    print(repr(v), hash(v))
