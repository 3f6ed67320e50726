# types.CodeType: a function's code object and its attributes.
import types
def f(a, b=1, *args, c, d=2, **kw):
    x = a + b
    def inner():
        return x
    return inner
co = f.__code__
print(type(co) is types.CodeType, co.co_name, co.co_qualname, co.co_filename.endswith("code_type_attrs.py"))
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_firstlineno)
print(f().__code__.co_freevars, f().__code__.co_name, f().__code__.co_qualname)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
def g():
    yield
print(bool(g.__code__.co_flags & 0x20), type(co.co_code).__name__, type(co.co_consts).__name__)
lam = lambda: None
print(lam.__code__.co_name, (lambda x, y: 0).__code__.co_argcount)
try:
    types.CodeType()
except TypeError as e:
    print(type(e).__name__)
