class NoAwait: pass
class BadAwait:
    def __await__(self): return 1
class AIterNoAnext:
    def __aiter__(self): return 1
class AnextBad:
    def __aiter__(self): return self
    def __anext__(self): return 1
class AEnterBad:
    async def __aexit__(self, *a): pass
    def __aenter__(self): return 1
class AExitBad:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
async def t1(): await NoAwait()
async def t2(): await BadAwait()
async def t3():
    async for x in 1: pass
async def t4():
    async for x in AIterNoAnext(): pass
async def t5():
    async for x in AnextBad(): pass
async def t6():
    async with 1: pass
async def t7():
    async with AEnterBad(): pass
async def t8():
    async with AExitBad(): pass
async def t9():
    async def c(): return 1
    co = c()
    await co
    await co
async def t10(): await (lambda: 1)()
for t in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10):
    try:
        t().send(None)
    except StopIteration:
        print(t.__name__, "done")
    except Exception as e:
        print(t.__name__, type(e).__name__, e)
for f in ["aiter(1)", "anext(1)", "aiter(AIterNoAnext())", "type(anext(AnextBad(), 2)).__name__"]:
    try: print(f, eval(f))
    except Exception as e: print(f, type(e).__name__, e)
