# Operators and contexts from parse are shared instances; nodes compare by identity.
import ast

a = ast.parse('1 + 2; x = y').body
b = ast.parse('3 + 4').body
print(a[0].value.op is b[0].value.op, type(a[0].value.op).__name__)
print(a[1].targets[0].ctx is not a[1].value.ctx, type(a[1].value.ctx).__name__)
print(ast.parse('x') == ast.parse('x'))
print(ast.dump(ast.parse('x')) == ast.dump(ast.parse('x')))
