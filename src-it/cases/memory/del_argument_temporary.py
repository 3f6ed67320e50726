class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def show(o):
    print("show", o.name)
show(Noisy("arg"))
print("end")
