import gc
gc.disable()
saved = []
class A:
    def __del__(self):
        print("del once")
        saved.append(self)
a = A()
a.me = a
del a
print(gc.collect())
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect())
print("end")
