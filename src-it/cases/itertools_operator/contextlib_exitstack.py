# contextlib.ExitStack: order, suppression, exceptions raised by callbacks and their context.
from contextlib import ExitStack, contextmanager, suppress

@contextmanager
def res(name):
    print('open', name)
    yield name
    print('close', name)

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in 'abc']
    stack.callback(print, 'callback', 1, sep='-')
    print('using', names)

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    stack.callback(print, 'runs first')
    1 / 0
print('suppressed')

def failing(*exc):
    raise KeyError('from callback')

try:
    with ExitStack() as stack:
        stack.push(failing)
        raise ValueError('body')
except KeyError as e:
    print('got', repr(e), 'context', repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.push(lambda *exc: True)
        stack.push(failing)
        raise ValueError('body')
except KeyError as e:
    print('not reached', e)
print('outer suppression wins')

try:
    with ExitStack() as stack:
        stack.push(failing)
        stack.push(lambda *exc: True)
        raise ValueError('body')
except KeyError as e:
    print('got', repr(e), 'context', repr(e.__context__))

stack = ExitStack()
stack.callback(print, 'closing by hand')
later = stack.pop_all()
stack.close(); print('nothing yet')
later.close()
for bad in (5, object()):
    try:
        ExitStack().enter_context(bad)
    except TypeError as e:
        print(e)
