import gc
gc.disable()
class A:
    def __del__(self):
        print("  __del__ during collection")
gc.callbacks.append(lambda phase, info: print(phase, info["collected"]))
a = A()
a.me = a
del a
print("result", gc.collect())
gc.callbacks.clear()
