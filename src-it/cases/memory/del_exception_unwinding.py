class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f():
    n = Noisy("in f")
    raise KeyError("boom")
try:
    f()
except KeyError as e:
    print("caught", e)
print("end")
