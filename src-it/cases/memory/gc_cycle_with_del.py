import gc
gc.disable()
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = A("a")
b = A("b")
a.other = b
b.other = a
del a, b
print("collecting")
print(gc.collect())
print("end")
