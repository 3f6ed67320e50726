# addaudithook and audit: hooks see the events raised with sys.audit, in order.
import sys

seen = []

def hook(event, args):
    if event.startswith('krait.test') or event == 'sys.addaudithook':
        seen.append((event, args))

sys.audit('krait.test.before', 1)
sys.addaudithook(hook)
sys.audit('krait.test.one', 1, 'two', None)
sys.audit('krait.test.empty')

def second(event, args):
    if event.startswith('krait.test'):
        seen.append(('second', event))

sys.addaudithook(second)
sys.audit('krait.test.both')
for s in seen:
    print(s)
try:
    sys.audit()
except TypeError as e:
    print(e)
try:
    sys.audit(5)
except TypeError as e:
    print(e)
