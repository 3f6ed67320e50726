# argval and argrepr for names, globals, locals, cells, comparisons and operators.
import dis

def f(items, key):
    total = 0
    for x in items:
        if x < key or x is key:
            total += len(str(x)) // 2
    def show():
        return total
    return show, f'{total!r:>4}'

keep = ('LOAD_GLOBAL', 'LOAD_FAST', 'STORE_FAST', 'COMPARE_OP', 'BINARY_OP', 'LOAD_CLOSURE',
        'STORE_DEREF', 'LOAD_DEREF', 'FORMAT_VALUE', 'MAKE_FUNCTION', 'MAKE_CELL', 'IS_OP')
for i in dis.get_instructions(f):
    if i.opname in keep:
        print(i.opname, repr(i.argval), repr(i.argrepr))
