class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = Noisy("a")
b = Noisy("b")
a, b = b, a
print("swapped", a.name, b.name)
del a
print("deleted a")
del b
print("end")
