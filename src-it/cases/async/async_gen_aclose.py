class Pause:
    def __await__(self):
        yield "paused"
async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup begins")
        await Pause()
        print("cleanup ends")
def drive(awaitable):
    while True:
        try:
            print("  loop saw", awaitable.send(None))
        except StopIteration as e:
            return e.value
g = gen()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print("closed; next:")
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
print(drive(g.aclose()))
g = gen()
print(drive(g.aclose()), "(never started)")
async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores()
drive(g.__anext__())
try:
    drive(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)
async def raises():
    try:
        yield 1
    finally:
        raise KeyError("during close")
g = raises()
drive(g.__anext__())
try:
    drive(g.aclose())
except KeyError as e:
    print("KeyError:", e)
