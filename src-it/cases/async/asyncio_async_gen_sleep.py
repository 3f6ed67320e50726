import asyncio
async def countdown(name, n, delay):
    while n > 0:
        await asyncio.sleep(delay)
        yield f"{name}{n}"
        n -= 1
async def collect(name, n, delay):
    return [v async for v in countdown(name, n, delay)]
async def main():
    print(await asyncio.gather(collect("a", 3, 0.1), collect("b", 2, 0.25)))
    squares = {v: len(v) async for v in countdown("c", 2, 0)}
    print(squares)
    agen = countdown("d", 5, 0)
    async for v in agen:
        print(v)
        if v == "d4":
            break
    await agen.aclose()
    print("closed early")
asyncio.run(main())
