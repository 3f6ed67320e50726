class NoAnext:
    def __aiter__(self):
        return 5
class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
class AiterNotMethod:
    __aiter__ = None
class SyncIter:
    def __iter__(self):
        return iter([1])
async def loop(obj):
    async for x in obj:
        print("item", x)
for obj in (1, [1, 2], NoAnext(), AnextNotAwaitable(), SyncIter()):
    c = loop(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
    finally:
        c.close()
for expr in ("aiter(1)", "aiter(NoAnext())", "anext(1)", "anext(SyncIter())"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "TypeError:", e)
