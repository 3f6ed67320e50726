async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
            print("received", value)
    finally:
        print("finally with", received)
def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("should not suspend")
g = echo()
print(type(g).__name__, g.__name__, g.ag_running, g.ag_frame is not None)
print(step(g.asend(None)))
print(step(g.asend("a")))
print(step(g.asend("b")))
print(step(g.__anext__()))
a = g.asend("c")
print(type(a).__name__)
print(step(a))
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
g2 = echo()
try:
    step(g2.asend("early"))
except TypeError as e:
    print("TypeError:", e)
step(g.aclose())
print("closed", g.ag_frame)
