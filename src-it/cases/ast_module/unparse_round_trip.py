# Parsing the unparsed text gives the same tree.
import ast

source = '''
def walk(tree, depth=0):
    for node in tree.children:
        if node.kind in ("a", "b") and not node.hidden:
            yield from walk(node, depth + 1)
        elif node.value is None:
            continue
    return {"depth": depth, **extra}

class Tree(object):
    x: int = 0
    def __repr__(self):
        return f"Tree({self.x!r})"

match command.split():
    case [action]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case Point(x=0, y=0):
        pass
    case {"k": v, **rest}:
        pass
    case _:
        pass
'''
tree = ast.parse(source)
text = ast.unparse(tree)
print(text)
print(ast.dump(ast.parse(text)) == ast.dump(tree))
