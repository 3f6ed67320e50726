class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"P({self.v})"
print(sorted([P(3), P(1), P(2)]), min([P(5), P(4)]), max([P(5), P(4)]))
class Q:
    pass
try:
    sorted([Q(), Q()])
except TypeError as e:
    print(e)
