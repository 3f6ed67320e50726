print(0.0 ** 0, 1.0 ** float("nan"), float("nan") ** 0, (-1.0) ** 0.5)
print(2.0 ** 1023, (-2.0) ** 3)
try:
    2.0 ** 1024
except OverflowError as e:
    print(e)
print(pow(2.0, -1074))
