import asyncio
async def coro_fn():
    return 1
def plain():
    return 1
def gen_fn():
    yield 1
async def agen_fn():
    yield 1
class K:
    async def method(self):
        pass
c = coro_fn()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain()), asyncio.iscoroutine(gen_fn()), asyncio.iscoroutine(agen_fn()))
c.close()
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(gen_fn),
      asyncio.iscoroutinefunction(agen_fn), asyncio.iscoroutinefunction(K().method), asyncio.iscoroutinefunction(K.method),
      asyncio.iscoroutinefunction(len), asyncio.iscoroutinefunction(lambda: 1))
