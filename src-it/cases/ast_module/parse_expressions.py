# Expression nodes: comprehensions, f-strings, slices, comparisons, starred, walrus.
import ast

for source in ['[x for x in y if x]', '{k: v for k, v in d.items()}', '(i async for i in g)',
               'f"{a!r:>{w}} and {b}"', 'x[1:2, ::3]', 'a < b <= c is not d', '(*a, b)',
               '(y := 10)', 'not a and b or c', '-x ** 2', 'f(*args, **kw)', 'b"\\x00" if t else ...',
               '{1, 2}', '{**a, "b": 1}', 'yield from x']:
    print(ast.dump(ast.parse(source, mode='eval' if 'yield' not in source else 'exec')))
