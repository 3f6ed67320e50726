async def raises_stop():
    raise StopIteration("inside")
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return ("stop", e.value)
try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
async def agen():
    yield 1
    raise StopAsyncIteration
async def consume():
    return [x async for x in agen()]
try:
    run(consume())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
async def stop_in_await():
    class Bad:
        def __await__(self):
            raise StopIteration(7)
            yield
    return await Bad()
print(run(stop_in_await()))
async def returns_stop():
    return StopIteration("as a value")
print(run(returns_stop()))
