def f(a, b, *c, d, **e):
    x = a + b
    return x
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames)
print(co.co_filename.endswith("code_object_attrs.py"), co.co_firstlineno, co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0)
print(type(co).__name__, co.co_qualname)
