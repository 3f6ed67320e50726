class NoAwait:
    pass
class AwaitReturnsInt:
    def __await__(self):
        return 1
class AwaitReturnsCoro:
    def __await__(self):
        async def c():
            pass
        self.c = c()
        return self.c
class AwaitReturnsGen:
    def __await__(self):
        return iter([1, 2])
async def await_it(obj):
    return await obj
for obj in (1, "s", None, NoAwait(), AwaitReturnsInt(), AwaitReturnsCoro(), AwaitReturnsGen(), [1]):
    c = await_it(obj)
    try:
        print(type(obj).__name__, "yields", c.send(None))
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
    except StopIteration as e:
        print(type(obj).__name__, "StopIteration", e.value)
    finally:
        c.close()
        if isinstance(obj, AwaitReturnsCoro):
            obj.c.close()
def gen():
    yield 1
async def await_gen():
    await gen()
try:
    await_gen().send(None)
except TypeError as e:
    print("TypeError:", e)
