async def agen():
    yield "first"
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = agen()
print(step(anext(g)))
print(step(anext(g, "default")))
print(step(anext(g, None)))
try:
    step(anext(g))
except StopAsyncIteration:
    print("StopAsyncIteration without default")
a = anext(agen(), 0)
print(type(a).__name__)
class It:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
print(step(anext(It(), "from custom")))
print(aiter(g) is g)
