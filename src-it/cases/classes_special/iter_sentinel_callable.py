# iter(callable, sentinel) calls __call__ until the sentinel; iterators exhausted stay exhausted.
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        print("call", self.n)
        return self.n
it = iter(Counter(), 3)
print(type(it).__name__, list(it), list(it))
class Once:
    def __init__(self): self.done = False
    def __iter__(self): return self
    def __next__(self):
        if self.done:
            print("next after end")
            raise StopIteration
        self.done = True
        return "only"
o = Once()
print(list(o), list(o))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
def gen():
    yield 1
    return "done"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "exhausted"))
