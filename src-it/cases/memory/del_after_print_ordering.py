class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def work():
    tmp = Noisy("tmp")
    print("working")
    return 42
print("result", work())
print("end")
