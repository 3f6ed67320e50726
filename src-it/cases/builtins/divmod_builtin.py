for a, b in ((7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (2 ** 70, 3)):
    print(a, b, divmod(a, b))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
