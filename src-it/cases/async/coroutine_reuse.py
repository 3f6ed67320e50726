async def value():
    return 42
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
c = value()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def awaits_twice():
    co = value()
    print(await co)
    await co
try:
    run(awaits_twice())
except RuntimeError as e:
    print("RuntimeError:", e)
class Hold:
    def __await__(self):
        yield "held"
async def hold():
    await Hold()
async def two_awaiters(co):
    await co
h = hold()
first = two_awaiters(h)
print(first.send(None))
second = two_awaiters(h)
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
first.close()
c = value()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("after close:", e)
