class Suspend:
    def __await__(self):
        yield "suspended"
async def inner():
    await Suspend()
    return "inner done"
async def outer():
    r = await inner()
    return r
c = outer()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code is outer.__code__)
print(c.send(None))
aw = c.cr_await
print(type(aw).__name__, aw.__name__, type(aw.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_await, c.cr_frame)
c.__name__ = "renamed"
print(c.__name__)
async def f():
    return 1
print(f.__code__.co_flags & 0x80 != 0, type(f).__name__)
class A:
    async def method(self):
        pass
m = A().method()
print(m.__qualname__)
m.close()
