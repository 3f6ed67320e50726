print(None, repr(None), type(None).__name__, None is None, bool(None), str(None))
print(type(None)() is None, hash(None) == hash(None))
try:
    None.x = 1
except AttributeError as e:
    print(e)
def f():
    pass
print(f() is None)
