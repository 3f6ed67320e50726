async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("async generator cleanup")
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = agen()
print(step(g.__anext__()))
print("dropping")
del g
print("dropped")
async def loop_and_break():
    async for v in agen():
        print("value", v)
        break
    print("after async for")
step(loop_and_break())
print("end")
