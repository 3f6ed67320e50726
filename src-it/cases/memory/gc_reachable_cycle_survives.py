import gc
gc.disable()
a = []
a.append(a)
print(gc.collect())
print(len(a), a[0] is a)
holder = {}
holder["h"] = holder
keep = [holder]
print(gc.collect())
print("h" in keep[0])
