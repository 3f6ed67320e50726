class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f():
    local = Noisy("local")
    print("in f")
f()
print("after f")
def g():
    x = Noisy("returned")
    return x
r = g()
print("got", r.name)
r = None
print("end")
