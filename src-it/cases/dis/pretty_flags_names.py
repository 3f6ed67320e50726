# pretty_flags names the bits of co_flags.
import dis

def plain(): pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
def varargs(*a, **k): pass

def outer():
    x = 1
    def nested():
        return x
    return nested

for f in (plain, gen, coro, agen, varargs, outer(), outer):
    print(f.__name__, dis.pretty_flags(f.__code__.co_flags))
print(dis.pretty_flags(0), dis.pretty_flags(1 << 20), dis.pretty_flags(3 | 1 << 40))
print(sorted(dis.COMPILER_FLAG_NAMES.items()))
