class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
x = None
for i in range(3):
    x = Noisy(i)
    print("made", i)
x = None
print("end")
