# Positions: lineno/col_offset/end_*, copy_location, increment_lineno, get_source_segment.
import ast

source = 'x = 1\nif x:\n    y = foo(x,\n            2)\n'
tree = ast.parse(source)
call = tree.body[1].body[0].value
print(call.lineno, call.col_offset, call.end_lineno, call.end_col_offset)
print(repr(ast.get_source_segment(source, call)))
print(repr(ast.get_source_segment(source, tree.body[0])))
print(repr(ast.get_source_segment(source, call, padded=True)))
ast.increment_lineno(tree, 10)
print(tree.body[0].lineno, call.lineno, call.end_lineno)
new = ast.copy_location(ast.Name('z', ast.Load()), call)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
