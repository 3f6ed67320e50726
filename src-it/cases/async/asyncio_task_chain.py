import asyncio
async def leaf(n):
    await asyncio.sleep(0.01 * n)
    if n == 3:
        raise LookupError(f"leaf {n} failed")
    return n
async def middle(n):
    try:
        value = await leaf(n)
    except LookupError as e:
        print("middle caught", e)
        return -1
    inner = asyncio.create_task(leaf(n + 10))
    return value + await inner
async def top():
    tasks = [asyncio.create_task(middle(n)) for n in (1, 2, 3)]
    done = []
    for t in tasks:
        done.append(await t)
    return done
print(asyncio.run(top()))
async def canceller():
    t = asyncio.create_task(middle(5))
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("middle cancelled while awaiting leaf")
asyncio.run(canceller())
