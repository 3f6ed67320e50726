print(1 / 7, 22 / 7, 1e300 * 1e-300, 0.3 - 0.1)
print(sum(1 / i for i in range(1, 100)))
print(7 / 3 * 3, 2 / 3 + 1 / 3)
