import asyncio
async def producer(q, items):
    for item in items:
        print("put", item)
        await q.put(item)
        await asyncio.sleep(0)
    await q.put(None)
async def consumer(q, name):
    got = []
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print(name, "got", item)
        got.append(item)
    return got
async def main():
    q = asyncio.Queue()
    print(q.empty(), q.qsize(), q.maxsize, q.full())
    results = await asyncio.gather(consumer(q, "c"), producer(q, ["a", "b", "c"]))
    print(results)
    await q.join()
    print("joined", q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(main())
