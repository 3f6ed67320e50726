class Sleep:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield ("sleep", self.v)
        return r
def run(coro):
    sent = None
    log = []
    while True:
        try:
            req = coro.send(sent)
        except StopIteration as e:
            return e.value, log
        log.append(req)
        sent = req[1] * 10
async def add(a, b):
    x = await Sleep(a)
    y = await Sleep(b)
    return x + y
print(run(add(1, 2)))
async def agen(n):
    # Finalization of an unfinished generator by the garbage collector is not shown here.
    for i in range(n):
        got = yield i
        if got is not None:
            print("agen got", got)
        await Sleep(i)
    print("agen done")
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    else:
        out.append("else")
    async for v in agen(5):
        if v == 2:
            break
        out.append(v)
    return out
print(run(consume()))
class CM:
    def __init__(self, suppress): self.suppress = suppress
    async def __aenter__(self):
        await Sleep(7)
        print("enter")
        return self
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        await Sleep(8)
        return self.suppress
async def withs():
    async with CM(False) as c:
        print("body", type(c).__name__)
    async with CM(True):
        raise ValueError("x")
    try:
        async with CM(False):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    async with CM(False), CM(False):
        print("two")
    return "w"
print(run(withs()))
async def early():
    async with CM(False):
        return "early"
print(run(early()))
async def loopret():
    async for v in agen(4):
        if v == 1:
            return v
print(run(loopret()))
async def drive():
    g = agen(3)
    print(type(g).__name__, g.__aiter__() is g)
    a = g.__anext__()
    print(type(a).__name__)
    print(await a)
    print(await g.asend("hello"))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = agen(3)
    print(await g2.__anext__())
    await g2.aclose()
    print("closed")
    await g2.aclose()
    return "d"
print(run(drive()))
async def c(): return 5
co = c()
print(type(co).__name__, co.cr_running, co.cr_await, co.__name__, co.__qualname__)
try:
    iter(co)
except TypeError as e:
    print(e)
w = co.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("value", e.value)
async def ag():
    yield 1
print(type(ag()).__name__, ag.__code__.co_flags & 0x200 != 0, c.__code__.co_flags & 0x80 != 0)
async def raises_stop():
    raise StopIteration
try:
    raises_stop().send(None)
except RuntimeError as e:
    print(e)
async def ag_stop():
    yield 1
    raise StopAsyncIteration
async def use_ag_stop():
    async for x in ag_stop():
        pass
try:
    run(use_ag_stop())
except RuntimeError as e:
    print(e)
async def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def try_close():
    g = ignore_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)
run(try_close())
async def nested():
    return await add(2, 3) + await c()
print(run(nested()))
