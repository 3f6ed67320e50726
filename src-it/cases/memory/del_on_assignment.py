class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = Noisy("first")
print("rebinding")
a = Noisy("second")
print("after rebinding")
a = None
print("end")
