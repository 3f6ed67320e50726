m = __import__("math")
print(m.__name__, m.floor(2.5))
p = __import__("os.path")
print(p.__name__)
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
