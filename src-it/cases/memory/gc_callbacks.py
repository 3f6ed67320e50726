import gc
gc.disable()
def cb(phase, info):
    print(phase, sorted(info.items()))
gc.callbacks.append(cb)
a = []
a.append(a)
del a
print(gc.collect())
print(gc.collect(0))
gc.callbacks.remove(cb)
print(gc.collect())
