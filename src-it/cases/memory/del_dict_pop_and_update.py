class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
d = {1: Noisy(1), 2: Noisy(2)}
d.update({1: Noisy(3)})
print("updated")
d.pop(2)
print("popped")
d.clear()
print("end")
