class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def gen():
    n = Noisy("gen local")
    yield 1
    yield 2
g = gen()
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print("end")
