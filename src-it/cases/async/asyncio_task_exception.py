import asyncio
async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")
async def fine():
    return "fine"
async def main():
    t = asyncio.create_task(boom())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        await t
    except ValueError as e:
        print("awaited:", e)
    print(t.done(), t.cancelled(), repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result() re-raises:", e)
    f = asyncio.create_task(fine())
    await f
    print(f.exception(), f.result())
    try:
        f.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
