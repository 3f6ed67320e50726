# unparse of statements: the text CPython's ast.unparse gives.
import ast

source = '''
"""Module docstring."""
import os, sys as system
from ..pkg import name as alias
x = y = 1, 2
x += 3
z: int = 4
del a[0], b.c
assert cond, "message"
@decorator
def f(a, /, b=1, *args, c, d=2, **kw) -> int:
    """Doc."""
    global g
    return a
class C(Base, metaclass=Meta):
    pass
for i, j in pairs:
    continue
else:
    break
while True:
    pass
if a:
    pass
elif b:
    pass
else:
    pass
try:
    pass
except ValueError as e:
    raise TypeError("t") from e
else:
    pass
finally:
    pass
with open(p) as f, g:
    pass
async def h():
    async with a as b:
        await b
    async for x in y:
        yield x
'''
print(ast.unparse(ast.parse(source)))
