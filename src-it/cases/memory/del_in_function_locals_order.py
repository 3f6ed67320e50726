class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f():
    a = Noisy("a")
    b = Noisy("b")
    c = Noisy("c")
    print("returning")
f()
print("end")
