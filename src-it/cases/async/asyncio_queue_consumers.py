import asyncio
async def consumer(name, q, log):
    while True:
        item = await q.get()
        log.append((name, item))
        q.task_done()
        if item is None:
            return
        await asyncio.sleep(0)
async def main():
    q = asyncio.Queue()
    log = []
    workers = [asyncio.create_task(consumer(n, q, log)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    for i in range(7):
        q.put_nowait(i)
    await asyncio.sleep(0)
    for i in range(7, 9):
        await q.put(i)
    await q.join()
    for _ in workers:
        q.put_nowait(None)
    await asyncio.gather(*workers)
    for entry in log:
        print(entry)
asyncio.run(main())
