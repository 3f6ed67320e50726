import asyncio
async def stage(name, inbox, outbox, delay):
    while True:
        item = await inbox.get()
        if item is None:
            await outbox.put(None)
            print(name, "stops")
            return
        await asyncio.sleep(delay)
        print(name, "handles", item)
        await outbox.put(f"{item}>{name}")
async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    stages = [asyncio.create_task(stage("A", q1, q2, 0.1)), asyncio.create_task(stage("B", q2, q3, 0.15))]
    for item in ("x", "y", "z", None):
        await q1.put(item)
    out = []
    while (item := await q3.get()) is not None:
        out.append(item)
    await asyncio.gather(*stages)
    print(out)
asyncio.run(main())
