import asyncio
async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item / 100)
        print(name, "processed", item)
        q.task_done()
async def main():
    q = asyncio.Queue()
    for item in (3, 1, 2, 5, 4):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all processed")
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
asyncio.run(main())
