import asyncio
async def background():
    try:
        print("background waiting")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at shutdown")
        raise
    finally:
        print("background finally")
async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns while background still runs")
    return "main result"
print(asyncio.run(main()))
print("after run")
async def main2():
    task = asyncio.current_task()
    try:
        await task
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
asyncio.run(main2())
print(asyncio.run(asyncio.sleep(0, "plain sleep as main")))
