class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Box:
    pass
b = Box()
b.v = Noisy("first")
b.v = Noisy("second")
print("replaced")
del b.v
print("attribute deleted")
del b
print("end")
