class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
print(Noisy("temp").name)
print("after temp")
Noisy("discarded")
print("end")
