import asyncio
async def setter(fut, delay, value):
    await asyncio.sleep(delay)
    print("setting", value)
    fut.set_result(value)
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled(), repr(fut))
    fut.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    fut.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    asyncio.create_task(setter(fut, 0.01, 42))
    print("awaiting")
    print("got", await fut)
    print(repr(fut))
    fut.add_done_callback(lambda f: print("late callback", f.result()))
    await asyncio.sleep(0)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    f2.set_exception(KeyError("missing"))
    print(repr(f2))
    try:
        await f2
    except KeyError as e:
        print("raised", repr(e))
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    f4 = loop.create_future()
    print(f4.cancel(), f4.cancel(), repr(f4))
    def cb(f):
        pass
    f5 = loop.create_future()
    f5.add_done_callback(cb)
    f5.add_done_callback(cb)
    print("removed", f5.remove_done_callback(cb))
    print(asyncio.isfuture(f5), asyncio.isfuture(5))
asyncio.run(main())
