# A hook that raises an Exception on 'sys.addaudithook' stops later hooks from being added.
import sys

def guard(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')

def late(event, args):
    if event == 'krait.check':
        print('late hook ran')

sys.addaudithook(guard)
sys.addaudithook(late)
sys.audit('krait.check')
print('late was not added')

