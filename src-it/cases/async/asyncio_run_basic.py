import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def main():
    print("main starts")
    x = await add(1, 2)
    y = await add(x, 10)
    print("results", x, y)
    loop = asyncio.get_running_loop()
    print(loop.is_running(), asyncio.get_event_loop() is loop)
    return y * 2
print(asyncio.run(main()))
print(asyncio.run(add(5, 6)))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
async def nested():
    coro = add(1, 1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
asyncio.run(nested())
