import asyncio
async def ticker(name, delay, times):
    for i in range(times):
        await asyncio.sleep(delay)
        print(f"{name} tick {i}")
    return name
async def main():
    t1 = asyncio.create_task(ticker("slow", 0.25, 2))
    t2 = asyncio.create_task(ticker("fast", 0.1, 4))
    t3 = asyncio.create_task(ticker("zero", 0, 3))
    print("tasks created")
    print(await t1, await t2, await t3)
asyncio.run(main())
async def sleep_result():
    value = await asyncio.sleep(0.01, result="slept")
    zero = await asyncio.sleep(0, "zero")
    return value, zero
print(asyncio.run(sleep_result()))
