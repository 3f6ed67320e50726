class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Holder:
    def __init__(self, name, child):
        self.name = name
        self.child = child
    def __del__(self):
        print("del holder", self.name)
h = Holder("outer", Holder("inner", Noisy("leaf")))
del h
print("end")
