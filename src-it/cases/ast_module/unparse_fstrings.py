# unparse of f-strings and string constants.
import ast

for source in ['f"{x}"', 'f"a{b!r:>{w}}c"', "f'{x}\\n'", 'f"{{literal}} {v:.2f}"', '"plain"',
               "'it\\'s'", '"tab\\there"', 'u"unicode"', "f'{a[\"k\"]}'"]:
    print(ast.unparse(ast.parse(source, mode='eval')))
