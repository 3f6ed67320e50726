def f(a, b=1):
    pass
try:
    f(1, c=2)
except TypeError as e:
    print(e)
try:
    f(1, a=2)
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(*1)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
