import sys
def a():
    return b()
def b():
    return c()
def c():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names
print(a())
