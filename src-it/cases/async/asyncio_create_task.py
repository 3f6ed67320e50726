import asyncio
async def job(n):
    print("job", n, "running in", asyncio.current_task().get_name())
    await asyncio.sleep(0.01 * n)
    return n * n
async def main():
    print("main task:", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    print([t.get_name() for t in tasks])
    print([t.done() for t in tasks])
    named = asyncio.create_task(job(0), name="custom")
    print(named.get_name())
    named.set_name("renamed")
    print(await named, named.get_name())
    for t in tasks:
        print(await t)
    print([t.done() for t in tasks], [t.result() for t in tasks])
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    print(isinstance(tasks[0], asyncio.Task), isinstance(tasks[0], asyncio.Future))
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
coro = job(1)
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
