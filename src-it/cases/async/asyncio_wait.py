import asyncio
async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name
def names(tasks):
    return sorted(t.get_name() for t in tasks)
async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.3), ("b", 0.1), ("c", 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("all completed:", names(done), names(pending))
    tasks = [asyncio.create_task(job("x", 0.1), name="x"), asyncio.create_task(job("y", 0.2, True), name="y"),
             asyncio.create_task(job("z", 0.5), name="z")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.1)
    print("timeout:", names(done), names(pending))
    await asyncio.wait(pending)
    print([t.result() if not t.exception() else repr(t.exception()) for t in tasks])
    for bad in ([], asyncio.sleep(0)):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
        if not isinstance(bad, list):
            bad.close()
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)
asyncio.run(main())
