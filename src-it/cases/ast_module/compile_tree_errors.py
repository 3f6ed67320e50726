# compile() of malformed trees raises CPython's errors.
import ast

def attempt(tree, mode='exec'):
    try:
        compile(tree, '<bad>', mode)
        print('compiled')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt(ast.Module(body=[ast.Expr(ast.Constant(1))], type_ignores=[]))
attempt(ast.Module(body=[], type_ignores=[]), 'eval')
attempt(ast.Expression(body=ast.Constant(1)), 'exec')
attempt(ast.Module(body='x', type_ignores=[]))
attempt(ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Name(id=5, ctx=ast.Load()))], type_ignores=[])))
attempt(ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Constant([1]))], type_ignores=[])))
attempt(ast.fix_missing_locations(ast.Expression(body=ast.Name(id='x', ctx=ast.Load()))), 'eval')
