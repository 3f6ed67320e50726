class Pause:
    def __await__(self):
        yield "paused"
async def gen():
    await Pause()
    yield 1
    await Pause()
    yield 2
g = gen()
first = g.__anext__()
print(first.send(None))
second = g.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    g.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    g.athrow(ValueError).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    first.send(None)
except StopIteration as e:
    print("first finished with", e.value)
print(g.ag_running)
async def plain():
    yield 1
try:
    iter(plain())
except TypeError as e:
    print("TypeError:", e)
try:
    next(plain())
except TypeError as e:
    print("TypeError:", e)
