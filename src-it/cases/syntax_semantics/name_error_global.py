def f():
    return undefined_name_here
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    print(also_missing)
except NameError as e:
    print(e.name if hasattr(e, "name") else None, e)
