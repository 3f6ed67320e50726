class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
l = [Noisy(1), Noisy(2), Noisy(3)]
l[0:2] = [Noisy(4)]
print("sliced")
l.reverse()
l.sort(key=lambda n: n.name)
print([n.name for n in l])
del l
print("end")
