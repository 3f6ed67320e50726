import asyncio
log = []
async def job(name, delay):
    await asyncio.sleep(delay)
    log.append(f"{name} body done")
    return name
def report(task):
    log.append(f"callback for {task.result()}")
async def waiter(task, name):
    await task
    log.append(f"{name} resumed after {task.result()}")
async def main():
    t = asyncio.create_task(job("t", 0.01))
    t.add_done_callback(report)
    w1 = asyncio.create_task(waiter(t, "w1"))
    t.add_done_callback(lambda task: log.append("lambda callback"))
    w2 = asyncio.create_task(waiter(t, "w2"))
    await asyncio.gather(w1, w2)
    t.add_done_callback(lambda task: log.append("added after done"))
    await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "soon 1")
    loop.call_later(0, log.append, "later 0")
    loop.call_soon(log.append, "soon 2")
    await asyncio.sleep(0)
    log.append("after one sleep(0)")
    await asyncio.sleep(0)
    log.append("after two sleep(0)")
asyncio.run(main())
for line in log:
    print(line)
