import gc
gc.disable()
a = []
a.append(a)
del a
print(gc.collect())
d = {}
d["self"] = d
del d
print(gc.collect())
x = []
y = [x]
x.append(y)
del x, y
print(gc.collect())
print(gc.collect())
