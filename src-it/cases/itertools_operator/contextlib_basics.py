# contextlib: contextmanager (normal exit, suppression, re-raise, misuse), suppress, closing,
# nullcontext, redirect_stdout, ContextDecorator and asynccontextmanager.
import contextlib, io, sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout

@contextmanager
def tag(name, swallow=False):
    print('<%s>' % name)
    try:
        yield name.upper()
    except ValueError as e:
        print('caught', e)
        if not swallow:
            raise
    finally:
        print('</%s>' % name)

with tag('a') as v:
    print('inside', v)
with tag('b', swallow=True):
    raise ValueError('boom')
try:
    with tag('c'):
        raise ValueError('again')
except ValueError as e:
    print('outer caught', e, type(e.__context__))
try:
    with tag('d'):
        raise KeyError('k')
except KeyError as e:
    print('KeyError passes', e)

@contextmanager
def no_yield():
    if False:
        yield
@contextmanager
def two_yields():
    yield 1
    yield 2
for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)

with suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
class Res:
    def close(self): print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)
buf = io.StringIO()
with redirect_stdout(buf):
    print('hidden')
print(repr(buf.getvalue()))

@tag('deco')
def f(x):
    print('f', x)
    return x * 2
print(f(3), f.__name__)

@contextlib.asynccontextmanager
async def atag():
    print('enter async')
    yield 'A'
    print('exit async')
async def main():
    async with atag() as t:
        print('got', t)
coro = main()
try:
    coro.send(None)
except StopIteration:
    pass
print(isinstance(nullcontext(), contextlib.AbstractContextManager), issubclass(Res, contextlib.AbstractContextManager))
