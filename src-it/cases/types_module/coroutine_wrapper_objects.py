# types.coroutine on a function returning a generator-like object or a plain value.
import types
class Stepper:
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done")
        return self.n
    def throw(self, *a): raise a[0]
    def __next__(self): return self.send(None)
    def __iter__(self): return self
@types.coroutine
def make():
    return Stepper()
async def use():
    return await make()
c = use()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("finished", e.value)
@types.coroutine
def plain():
    return 42
print(plain())
def gen():
    yield "g"
wrapped = types.coroutine(gen)
print(wrapped.__name__, wrapped.__wrapped__ is gen if hasattr(wrapped, "__wrapped__") else True)
