# getattr/setattr/delattr/hasattr argument errors
class A: pass
a = A()
for f, args in [(getattr, (a, 1)), (setattr, (a, 1, 2)), (delattr, (a, 1)), (hasattr, (a, 1)),
                (getattr, (a,)), (setattr, (a, "x")), (delattr, (a,)), (getattr, (a, "x", 1, 2))]:
    try:
        print(f(*args))
    except TypeError as e:
        print(f.__name__, e)
try:
    getattr(a, "missing")
except AttributeError as e:
    print(e, e.name, e.obj is a)
print(getattr(a, "missing", None))
setattr(a, "dyn", 1)
print(a.dyn, hasattr(a, "dyn"))
delattr(a, "dyn")
print(hasattr(a, "dyn"))
class S(str): pass
setattr(a, S("sub"), 5)
print(a.sub, list(vars(a)))
