class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
l = [Noisy(1), Noisy(2), Noisy(3)]
del l
print("list gone")
t = (Noisy(4), Noisy(5))
del t
print("tuple gone")
