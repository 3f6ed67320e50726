x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
f()
def g():
    y = 1
    del y
    try:
        y
    except NameError as e:
        print(type(e).__name__, e)
g()
