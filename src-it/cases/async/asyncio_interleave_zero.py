import asyncio
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name} done")
async def main():
    tasks = [asyncio.create_task(worker(n, k)) for n, k in (("a", 3), ("b", 1), ("c", 2))]
    log.append("main before await")
    await asyncio.sleep(0)
    log.append("main after one yield")
    for t in tasks:
        await t
    log.append("main done")
asyncio.run(main())
print(log)
