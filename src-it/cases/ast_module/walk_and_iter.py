# walk, iter_fields and iter_child_nodes.
import ast

tree = ast.parse('def f(a):\n    return g(a) + 1\n')
print([type(n).__name__ for n in ast.walk(tree)])
ret = tree.body[0].body[0]
print([name for name, value in ast.iter_fields(ret.value)])
print([type(n).__name__ for n in ast.iter_child_nodes(ret.value)])
names = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)})
print(names)
