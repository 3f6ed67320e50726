import asyncio
async def slow(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        print("slow", value, "was cancelled")
        raise
async def main():
    print(await asyncio.wait_for(slow(0.01, "quick"), timeout=1))
    try:
        await asyncio.wait_for(slow(1, "too slow"), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(0.01, "no timeout"), None))
    try:
        await asyncio.wait_for(slow(0.01, "zero timeout"), 0)
    except TimeoutError:
        print("zero timeout expires at once")
    t = asyncio.create_task(slow(0, "done task"))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(t, 0))
    async def raiser():
        await asyncio.sleep(0.01)
        raise ValueError("inner error")
    try:
        await asyncio.wait_for(raiser(), 1)
    except ValueError as e:
        print("propagated:", e)
asyncio.run(main())
