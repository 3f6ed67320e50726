# Compound statements through parse and dump.
import ast

source = '''
for i in range(3):
    if i:
        continue
    else:
        break
while x: pass
try:
    f()
except (A, B) as e:
    raise C from e
finally:
    g()
with open(p) as f, lock:
    pass
class K(Base, metaclass=M):
    """doc"""
    @dec
    async def m(self, /, x, *, y):
        await x
        async for a in b: yield a
global g
'''
for stmt in ast.parse(source).body:
    print(ast.dump(stmt))
