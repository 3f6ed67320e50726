import sys
def f(x, y=2):
    z = x + y
    loc = sys._getframe().f_locals
    return sorted((k, v) for k, v in loc.items() if k != "loc")
print(f(1))
def g():
    inner_var = "visible"
    return h()
def h():
    return sys._getframe(1).f_locals["inner_var"]
print(h.__name__, g())
