import asyncio
async def waiter(name, event):
    print(name, "waiting")
    await event.wait()
    print(name, "released")
async def guarded(name, lock, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.01)
        log.append(f"{name} out")
async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in "xyz"]
    await asyncio.sleep(0.01)
    print("setting", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print(event.is_set(), await event.wait())
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(guarded(n, lock, log) for n in "abc"))
    print(log)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
