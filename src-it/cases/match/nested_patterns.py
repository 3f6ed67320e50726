class Node:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
def simplify(e):
    match e:
        case Node("+", 0, x) | Node("+", x, 0):
            return simplify(x)
        case Node("*", 1, x) | Node("*", x, 1):
            return simplify(x)
        case Node("*", 0, _) | Node("*", _, 0):
            return 0
        case Node(op, l, r):
            return Node(op, simplify(l), simplify(r))
        case _:
            return e
def show(e):
    match e:
        case Node(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case str(name):
            return name
        case int(n):
            return str(n)
tree = Node("+", Node("*", 1, "x"), Node("+", 0, Node("*", "y", Node("+", 2, 0))))
print(show(tree))
print(show(simplify(tree)))
print(show(simplify(Node("*", Node("+", "a", "b"), 0))))
data = {"users": [{"name": "ann", "roles": ["admin", "dev"]}, {"name": "bob", "roles": []}]}
match data:
    case {"users": [{"name": str(n1), "roles": [*r1]}, {"name": n2, "roles": []}]}:
        print(n1, r1, n2)
