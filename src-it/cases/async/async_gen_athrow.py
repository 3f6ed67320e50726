async def gen():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print("gen caught", e)
            yield f"handled {e}"
def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
g = gen()
print(step(g.__anext__()))
print(step(g.athrow(ValueError("v1"))))
print(step(g.__anext__()))
try:
    step(g.athrow(KeyError("k")))
except KeyError as e:
    print("propagated", repr(e))
try:
    step(g.__anext__())
except StopAsyncIteration:
    print("generator finished")
fresh = gen()
try:
    step(fresh.athrow(ValueError("not started")))
except ValueError as e:
    print("thrown before start:", e)
g3 = gen()
step(g3.__anext__())
t = g3.athrow(ValueError("once"))
print(step(t))
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    step(g3.athrow(ValueError, ValueError("typed"), None))
except Exception as e:
    print(type(e).__name__, e)
