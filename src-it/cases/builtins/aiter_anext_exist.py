async def agen():
    yield 1
    yield 2
async def main():
    out = []
    it = aiter(agen())
    out.append(await anext(it))
    out.append(await anext(it))
    out.append(await anext(it, "done"))
    return out
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
