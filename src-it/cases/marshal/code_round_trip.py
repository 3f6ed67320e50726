# A function's code object survives dumps/loads: equal, and it runs.
import marshal

def outer(n, *, scale=2):
    total = 0

    def inner(k):
        return k * n

    for i in range(n):
        try:
            total += inner(i) * scale
        except ZeroDivisionError:
            pass
    return total

code = marshal.loads(marshal.dumps(outer.__code__))
print(code == outer.__code__)
print(code.co_name, code.co_qualname, code.co_argcount, code.co_kwonlyargcount)
print(code.co_varnames, code.co_cellvars, code.co_freevars)
print(code.co_firstlineno, code.co_flags == outer.__code__.co_flags)
nested = [c for c in code.co_consts if hasattr(c, 'co_code')]
print([c.co_name for c in nested], nested[0].co_freevars)
print(type(code).__name__)
