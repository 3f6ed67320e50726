import gc
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
a = []
a.append(a)
del a
print(gc.collect())
print(len(gc.garbage), gc.garbage[0] is gc.garbage[0][0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
