# unparse of expressions: precedence decides the parentheses.
import ast

for source in ['a + b * c', '(a + b) * c', 'a ** b ** c', '(a ** b) ** c', '-x ** 2', '(-x) ** 2',
               'not a and b or c', 'a and (b or c)', '(a or b) and c', 'a if b else c',
               '(a if b else c) if d else e', 'lambda x, *y, z=1, **k: x + z', 'lambda: 0',
               'f(a, *b, c=1, **d)', 'x[1:2, ::3]', 'x[a, b]', '(yield)', '[i for i in r if i if j]',
               '{k: v for k, v in d}', '{1, 2}', '{**a, "b": 1}', '(x := 5)', 'a < b <= c != d',
               'a is not b', 'a not in b', '1 .real', '(1, )', '()', '...', "'quote\\'s'", 'b"bytes"',
               '1e400', '-1j', '~a | b & c ^ d', 'a << 1 >> 2', 'await x' if False else 'x.y.z']:
    print(ast.unparse(ast.parse(source, mode='eval')))
