async def coro():
    return 1
async def agen():
    yield 1
def delegate(obj):
    result = yield from obj
    return result
c = coro()
g = delegate(c)
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
c.close()
try:
    next(delegate(agen()))
except TypeError as e:
    print("TypeError:", e)
def inner():
    x = yield "inner"
    return x * 2
outer = delegate(inner())
print(next(outer))
try:
    outer.send(21)
except StopIteration as e:
    print("returned", e.value)
class AwaitableGen:
    def __init__(self, gen):
        self.gen = gen
    def __await__(self):
        return self.gen
def gen_based(n):
    got = yield ("request", n)
    return got + 1
async def user():
    a = await AwaitableGen(gen_based(1))
    b = await AwaitableGen(gen_based(a))
    return a, b
u = user()
print(u.send(None))
print(u.send(10))
try:
    u.send(20)
except StopIteration as e:
    print("user returned", e.value)
