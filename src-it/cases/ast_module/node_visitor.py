# NodeVisitor calls visit_<Class> methods and generic_visit for the rest.
import ast

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.calls = []
        self.names = 0

    def visit_Call(self, node):
        self.calls.append(ast.dump(node.func))
        self.generic_visit(node)

    def visit_Name(self, node):
        self.names += 1

source = 'print(len(x), max(y, z))\nq = f(g(h))\n'
c = Counter()
c.visit(ast.parse(source))
print(c.calls, c.names)
