import dis

async def fetch(source):
    async with source as s:
        async for item in s:
            await item
    return 1

dis.dis(fetch)
