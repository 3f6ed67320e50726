print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(-8, 1 / 3) if False else pow(4, 0.5), pow(7, 2, 5), pow(3, -1, 11), pow(0, 0))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
try:
    pow(1, 2, 3, 4)
except TypeError as e:
    print(e)
