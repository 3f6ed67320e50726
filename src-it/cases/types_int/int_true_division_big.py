print(2 ** 1000 / 2 ** 999)
print(10 ** 30 / 10 ** 10)
print(1 / 3)
try:
    2 ** 2000 / 3
except OverflowError as e:
    print(e)
print(2 ** 2000 // 3 ** 1000 > 0)
