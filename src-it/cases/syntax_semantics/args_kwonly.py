def f(a, *, b, c=5):
    return a, b, c
print(f(1, b=2))
print(f.__kwdefaults__)
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
