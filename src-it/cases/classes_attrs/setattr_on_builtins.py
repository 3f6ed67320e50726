# Setting attributes on builtin objects and types
for obj, name in [(1, "x"), ("s", "y"), ([], "z"), (None, "w"), (len, "v"), (object(), "u")]:
    try:
        setattr(obj, name, 1)
        print("ok", type(obj).__name__)
    except AttributeError as e:
        print(e)
for t in (int, list, type, object):
    try:
        t.attr = 1
    except TypeError as e:
        print(e)
def f(): pass
f.attr = "functions take attributes"
print(f.attr)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    del [].append
except AttributeError as e:
    print(e)
