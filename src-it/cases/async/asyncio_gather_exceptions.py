import asyncio
async def ok(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name
async def fail(delay, exc):
    await asyncio.sleep(delay)
    print("raising", repr(exc))
    raise exc
async def main():
    results = await asyncio.gather(ok("a", 0.01), fail(0.02, ValueError("bad")), ok("b", 0.03),
                                   return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.gather(ok("c", 0.03), fail(0.01, KeyError("k")), ok("d", 0.02))
    except KeyError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.05)
    print("others kept running")
    try:
        await asyncio.gather(fail(0.01, TypeError("first")), fail(0.02, IndexError("second")))
    except Exception as e:
        print("first exception wins:", repr(e))
    await asyncio.sleep(0.05)
asyncio.run(main())
