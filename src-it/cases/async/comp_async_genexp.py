async def agen(n):
    for i in range(n):
        yield i
async def tenfold(x):
    return x * 10
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
def make():
    # An async generator expression can be created outside an async function.
    return (x + 1 async for x in agen(3))
async def main():
    g = make()
    print(type(g).__name__, g.__name__, g.__qualname__)
    print([v async for v in g])
    h = (await tenfold(x) for x in range(3))
    print(type(h).__name__)
    out = []
    async for v in h:
        out.append(v)
    print(out)
    k = (y async for y in agen(2))
    print(await k.__anext__(), await k.__anext__())
    try:
        await k.__anext__()
    except StopAsyncIteration:
        print("exhausted")
run(main())
