import gc
gc.disable()
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n, "partner alive:", self.partner is not None)
a = A(1)
b = A(2)
a.partner = b
b.partner = a
del a, b
gc.collect()
print("end")
