class OnlyEnter:
    async def __aenter__(self):
        return self
class OnlyExit:
    async def __aexit__(self, *args):
        pass
class SyncManager:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        pass
class EnterNotAwaitable:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *args):
        pass
class ExitNotAwaitable:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *args):
        return None
async def use(obj):
    async with obj:
        print("inside with", type(obj).__name__)
for obj in (1, OnlyEnter(), OnlyExit(), SyncManager(), EnterNotAwaitable(), ExitNotAwaitable()):
    c = use(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
    except StopIteration:
        print(type(obj).__name__, "finished")
