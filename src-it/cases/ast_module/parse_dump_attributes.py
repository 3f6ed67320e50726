# dump with include_attributes, annotate_fields=False and indent.
import ast

tree = ast.parse('def f(a, b=2):\n    return a + b\n')
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, indent=2))
print(ast.dump(ast.parse('[1, 2]', mode='eval'), indent='--'))
