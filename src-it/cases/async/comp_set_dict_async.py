async def agen(n):
    for i in range(n):
        yield i
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    s = {x % 3 async for x in agen(10)}
    d = {x: str(x) * x async for x in agen(4) if x}
    nested = {k: [v async for v in agen(k)] async for k in agen(3)}
    return sorted(s), d, nested
print(run(main()))
