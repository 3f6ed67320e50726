class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        if self.i >= self.n:
            print("stop")
            raise StopAsyncIteration
        self.i += 1
        return self.i
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    a = [x async for x in Counter(3)]
    b = [x * y async for x in Counter(2) for y in (10, 100)]
    c = [x async for x in Counter(5) if x % 2]
    return a, b, c
print(run(main()))
