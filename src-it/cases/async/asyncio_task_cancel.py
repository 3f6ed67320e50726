import asyncio
async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(1)
        print(name, "woke up")
    except asyncio.CancelledError as e:
        print(name, "cancelled with args", e.args)
        raise
    finally:
        print(name, "cleanup")
async def main():
    t = asyncio.create_task(sleeper("a"))
    await asyncio.sleep(0.01)
    print("cancel returns", t.cancel())
    print("done right after cancel:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(t.cancelled(), t.done(), t.cancel())
    t2 = asyncio.create_task(sleeper("b"))
    t2.cancel("early")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("b never started its body:", e.args)
    t3 = asyncio.create_task(sleeper("c"))
    await asyncio.sleep(0)
    t3.cancel(msg="with message")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("message arrives:", e.args)
    try:
        t3.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
asyncio.run(main())
