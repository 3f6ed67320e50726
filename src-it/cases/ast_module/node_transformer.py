# NodeTransformer replaces, removes and splices nodes; the result compiles and runs.
import ast

class Rewrite(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant) and node.value.value == 'drop':
            return None
        return self.generic_visit(node)

    def visit_Pass(self, node):
        one = ast.parse('out.append("a")').body[0]
        two = ast.parse('out.append("b")').body[0]
        return [one, two]

tree = ast.parse('out = []\nout.append(1 + 2)\n"drop"\npass\n')
tree = ast.fix_missing_locations(Rewrite().visit(tree))
print(ast.dump(tree))
ns = {}
exec(compile(tree, '<ast>', 'exec'), ns)
print(ns['out'])
