class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("aiter")
        return self
    def __anext__(self):
        print("anext", self.i)
        return self._next()
    async def _next(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async for x in Ticker(2):
        print("body", x)
    else:
        print("else clause")
    async for x in Ticker(5):
        if x == 2:
            continue
        if x == 4:
            print("break")
            break
        print("body", x)
    else:
        print("not reached")
    async for a, b in Pairs():
        print("pair", a, b)
    return "done"
class Pairs:
    def __init__(self):
        self.items = [(1, "x"), (2, "y")]
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)
print(run(main()))
