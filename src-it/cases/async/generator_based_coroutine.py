# A generator made awaitable the way types.coroutine wraps one it cannot flag: await drives the
# generator through __await__, and its yields travel up to whoever drives the coroutine.
def awaitable(genfunc):
    class Wrapper:
        def __init__(self, gen):
            self.gen = gen
        def __await__(self):
            return self.gen
    def make(*args):
        return Wrapper(genfunc(*args))
    make.__name__ = genfunc.__name__
    return make
@awaitable
def sleep(label):
    print("  sleeping", label)
    yield ("sleep", label)
    print("  woke", label)
    return label.upper()
@awaitable
def nested(label):
    first = yield from sleep(label + "1").__await__()
    second = yield from sleep(label + "2").__await__()
    return first + second
async def main():
    a = await sleep("a")
    b = await nested("n")
    return a, b
c = main()
requests = []
try:
    while True:
        requests.append(c.send(None))
except StopIteration as e:
    print("result", e.value)
print(requests)
print(sleep.__name__, type(sleep("x")).__name__)
