print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3, 7), pow(2, -1, 7))
print(pow(10, 100, 97), 10 ** 100 % 97)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 2, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(e)
