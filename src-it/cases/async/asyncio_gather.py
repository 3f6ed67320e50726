import asyncio
async def compute(name, delay, value):
    print(f"start {name}")
    await asyncio.sleep(delay)
    print(f"end {name}")
    return value
async def main():
    results = await asyncio.gather(compute("a", 0.02, 1), compute("b", 0.01, 2), compute("c", 0, 3))
    print(results)
    print(await asyncio.gather())
    co = compute("shared", 0, "s")
    print(await asyncio.gather(co, co))
    task = asyncio.create_task(compute("task", 0.01, "t"))
    print(await asyncio.gather(task, compute("d", 0, 4)))
    print(task.done(), task.result())
asyncio.run(main())
