import asyncio
async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught the cancellation, returning normally")
        return "survived"
async def cleanup_then_reraise():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cleaning up")
        await asyncio.sleep(0.01)
        print("cleanup awaited")
        raise
async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    t = asyncio.create_task(cleanup_then_reraise())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled after cleanup:", t.cancelled())
asyncio.run(main())
