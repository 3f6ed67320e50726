async def agen(n):
    for i in range(n):
        yield i
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
class Holder:
    async def collect(self, n):
        return [x async for x in agen(n)]
async def outer():
    async def inner(k):
        return {x: [y async for y in agen(x)] for x in range(k)}
    return await inner(3)
print(run(Holder().collect(3)))
print(run(outer()))
async def with_walrus():
    total = 0
    squares = [total := total + x async for x in agen(4)]
    return squares, total
print(run(with_walrus()))
async def comp_exception():
    async def bad():
        yield 1
        raise ValueError("inside async comprehension")
    try:
        return [x async for x in bad()]
    except ValueError as e:
        return f"caught: {e}"
print(run(comp_exception()))
