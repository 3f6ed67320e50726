import sys
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno
def caller():
    return sys._getframe(1).f_code.co_name
def outer():
    return caller()
print(where(), outer())
print(sys._getframe().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
