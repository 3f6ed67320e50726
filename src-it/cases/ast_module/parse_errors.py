# ast.parse raises the SyntaxError compile() gives; it does not run the symbol table.
import ast

for source in ['x = ', 'def f(:', 'a b']:
    try:
        ast.parse(source)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse('nonlocal x')))
try:
    compile(ast.parse('nonlocal x'), '<n>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
