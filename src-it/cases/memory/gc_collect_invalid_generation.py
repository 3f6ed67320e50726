import gc
for g in (0, 1, 2):
    print(g, gc.collect(g))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.get_objects(5)
except ValueError as e:
    print("ValueError:", e)
