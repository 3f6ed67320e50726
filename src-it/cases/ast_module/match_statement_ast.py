# Pattern nodes of a match statement.
import ast

source = '''
match p:
    case [1, *rest]:
        pass
    case {"k": v, **others}:
        pass
    case Point(x=0, y=yy) | None:
        pass
    case str() as s if s:
        pass
    case _:
        pass
'''
print(ast.dump(ast.parse(source), indent=1))
