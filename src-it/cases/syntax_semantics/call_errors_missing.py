def f(a, b, c):
    pass
for call in (lambda: f(), lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print(e)
def g(*, x, y):
    pass
try:
    g()
except TypeError as e:
    print(e)
