# Code objects inside containers, and a code object shared twice.
import marshal

def f(x):
    return x + 1

def g():
    return 'g'

pair = (f.__code__, g.__code__, f.__code__)
back = marshal.loads(marshal.dumps(pair))
print(back[0] == f.__code__, back[1] == g.__code__, back[0] is back[2])
table = {'f': f.__code__, 'consts': [1, 2.5, 'three']}
back = marshal.loads(marshal.dumps(table))
print(back['f'].co_name, back['consts'])
print(f.__code__ == g.__code__, f.__code__ != g.__code__)
