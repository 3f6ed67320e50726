# compile() of a tree built by hand, after fix_missing_locations.
import ast

tree = ast.Module(body=[
    ast.Assign(targets=[ast.Name('x', ast.Store())], value=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Name('x', ast.Load())], [])),
], type_ignores=[])
ast.fix_missing_locations(tree)
exec(compile(tree, '<built>', 'exec'))
expr = ast.Expression(body=ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))
print(eval(compile(ast.fix_missing_locations(expr), '<e>', 'eval')))
code = compile(ast.parse('y = [i * i for i in range(4)]'), '<p>', 'exec')
ns = {}
exec(code, ns)
print(ns['y'])
print(type(compile('a + 1', '<s>', 'eval', ast.PyCF_ONLY_AST)).__name__)
