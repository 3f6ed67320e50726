# GeneratorType, CoroutineType, AsyncGeneratorType and their instances.
import types
def gen():
    yield 1
async def coro():
    return 2
async def agen():
    yield 3
g = gen()
c = coro()
a = agen()
print(isinstance(g, types.GeneratorType), isinstance(c, types.CoroutineType), isinstance(a, types.AsyncGeneratorType))
print(type(g).__name__, type(c).__name__, type(a).__name__)
print(isinstance(c, types.GeneratorType), isinstance(g, types.CoroutineType))
print(next(g), g.gi_code.co_name, c.cr_code.co_name, a.ag_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
print(isinstance((x for x in []), types.GeneratorType))
try:
    types.GeneratorType()
except TypeError as e:
    print(e)
