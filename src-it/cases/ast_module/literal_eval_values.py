# literal_eval accepts literals and containers of literals only.
import ast

for text in ['42', '-3.5', '1+2j', '"s" "t"', "b'x'", '(1, [2, {3: 4}], {5})', 'set()',
             'None', 'True', '{"a": (1,)}', '  7', '-(5)', '+1', '3 - 4j']:
    print(repr(ast.literal_eval(text)))
for bad in ['x', '1 + 2', 'f()', '[1, y]', 'set([1])', '2 ** 3', '{**d}']:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print('ValueError', str(e).split(':')[0])
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.Constant(value=9)))
