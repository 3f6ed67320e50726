import asyncio
async def work(x):
    await asyncio.sleep(0.01)
    return x * 3
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work(2)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from call_soon")
print(loop.run_until_complete(fut))
order = []
loop.call_later(0.02, order.append, "later 0.02")
loop.call_later(0.01, order.append, "later 0.01")
loop.call_soon(order.append, "soon")
h = loop.call_soon(order.append, "cancelled")
h.cancel()
loop.run_until_complete(asyncio.sleep(0.03))
print(order)
loop.close()
print(loop.is_closed())
coro = work(1)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
