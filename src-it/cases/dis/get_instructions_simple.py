# The instructions of simple functions: names, arguments and what they mean.
import dis

def add(a, b):
    return a + b

def greet(name):
    print('hello', name)

def const():
    return (1, 'two', None)

for f in (add, greet, const):
    for i in dis.get_instructions(f):
        print(f.__name__, i.opname, i.arg, repr(i.argval), repr(i.argrepr))
