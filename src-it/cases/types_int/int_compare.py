print(1 < 2, 2 <= 2, 3 > 4, 5 >= 5, 1 == 1.0, 1 != 2)
print(2 ** 100 > 2 ** 99, -2 ** 100 < 0)
print(1 == 1 + 0j, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
try:
    1 < "1"
except TypeError as e:
    print(e)
print(1 == "1")
