def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(a=0, b=0, c=0))
def g(x, lst=[]):
    lst.append(x)
    return lst
print(g(1), g(2))
print(f.__defaults__)
