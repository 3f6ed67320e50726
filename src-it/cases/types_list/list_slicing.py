a = list(range(10))
print(a[2:7], a[::2], a[::-1], a[-3:], a[:-7], a[7:2:-2], a[100:], a[-100:2])
print(a[slice(1, 4)], a[slice(None, None, 3)])
try:
    a[::0]
except ValueError as e:
    print(e)
try:
    a[1.5]
except TypeError as e:
    print(e)
try:
    a[10]
except IndexError as e:
    print(e)
