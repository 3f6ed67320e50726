# ast.parse and ast.dump of simple statements and expressions.
import ast

for source in ['x = 1', 'print("hi", end="")', 'a + b * c', 'del x[0], y.z', 'import os.path as p',
               'from . import a as b, c', 'lambda x, *a, k=1, **kw: x', 'x: int = 5', 'assert x, "m"']:
    print(ast.dump(ast.parse(source)))
print(ast.dump(ast.parse('1 + 2', mode='eval')))
print(ast.dump(ast.parse('x', mode='single')))
