# get_docstring of modules, classes and functions.
import ast

source = '''"""Module doc.

    Indented more.
"""
class C:
    """Class doc."""
def f():
    """
    Function doc,
      indented.
    """
def g():
    x = 1
async def h():
    "plain"
'''
tree = ast.parse(source)
print(repr(ast.get_docstring(tree)))
for node in tree.body:
    print(node.name, repr(ast.get_docstring(node)), repr(ast.get_docstring(node, clean=False)))
try:
    ast.get_docstring(tree.body[0].body[0])
except TypeError as e:
    print(e)
