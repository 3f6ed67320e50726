import asyncio
async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def main():
    outer = asyncio.gather(child("a", 0.01), child("b", 1), child("c", 2))
    await asyncio.sleep(0.05)
    print("cancelling gather:", outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print(outer.cancelled(), outer.done())
    results = await asyncio.gather(child("d", 0.01), asyncio.sleep(0.02, "slept"), return_exceptions=True)
    print(results)
    t = asyncio.create_task(child("e", 1))
    g = asyncio.gather(t, child("f", 0.01), return_exceptions=True)
    await asyncio.sleep(0.02)
    t.cancel()
    print([type(r).__name__ for r in await g])
asyncio.run(main())
