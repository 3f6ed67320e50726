class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def make():
    return Noisy("made")
make()
print("end")
