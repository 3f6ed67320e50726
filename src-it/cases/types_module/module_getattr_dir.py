# Module objects: attributes through the namespace, a module-level __getattr__ (PEP 562), dir().
import types
m = types.ModuleType("lazy")
def __getattr__(name):
    if name.startswith("auto_"):
        return name[5:].upper()
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")
m.__getattr__ = __getattr__
m.real = 1
print(m.real, m.auto_thing, getattr(m, "auto_x"), hasattr(m, "other"))
try:
    m.other
except AttributeError as e:
    print(e)
print(sorted(n for n in dir(m) if not n.startswith("__")))
m.__dict__["direct"] = 2
print(m.direct, vars(m) is m.__dict__)
del m.real
print(hasattr(m, "real"))
try:
    del m.never
except AttributeError as e:
    print(e)
