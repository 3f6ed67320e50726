class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(V(1) == V(1), V(1) != V(2), V(1) == 1, len({V(1), V(1), V(2)}), {V(3): "x"}[V(3)])
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
