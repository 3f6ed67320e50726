# Node classes: fields, attributes, defaults, constructors.
import ast

print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.arguments._fields)
print(ast.Constant.kind, ast.arg.annotation, ast.expr.end_lineno)
print(issubclass(ast.BinOp, ast.expr), issubclass(ast.expr, ast.AST), issubclass(ast.Add, ast.operator))
print(ast.Name.__doc__, ast.Load.__doc__)
n = ast.Name('x', ast.Load())
print(n.id, type(n.ctx).__name__, ast.dump(n))
c = ast.Constant(value=3, lineno=1)
print(c.value, c.lineno, c.kind)
try:
    ast.Name('a', 'b', 'c')
except TypeError as e:
    print(e)
try:
    ast.Load(1)
except TypeError as e:
    print(e)
print(ast.dump(ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))))
print(isinstance(ast.parse('x').body[0], ast.Expr), ast.Module.__module__)
