import asyncio
async def producer(q):
    for i in range(5):
        print("putting", i, "size", q.qsize())
        await q.put(i)
        print("put", i)
async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(0.01)
        item = await q.get()
        print("took", item)
        q.task_done()
async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    q.put_nowait("x")
    q.put_nowait("y")
    print(q.full())
    try:
        q.put_nowait("z")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
asyncio.run(main())
