class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = Noisy("a")
b = a
del a
print("a deleted, b alive")
del b
print("end")
