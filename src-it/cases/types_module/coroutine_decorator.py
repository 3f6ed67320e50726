# types.coroutine lets generator-based coroutines be awaited by async functions.
import types
@types.coroutine
def ticks(n):
    total = 0
    for i in range(n):
        got = yield ("tick", i)
        total += got or 0
    return total
async def main():
    r = await ticks(3)
    return f"result {r}"
coro = main()
value = coro.send(None)
steps = [value]
try:
    while True:
        steps.append(coro.send(10))
except StopIteration as stop:
    print(steps, stop.value)
async def native():
    return 5
print(types.coroutine(native) is native)
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
print(ticks.__name__, callable(ticks))
