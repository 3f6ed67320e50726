# @ and @= with __matmul__, __rmatmul__, __imatmul__.
class M:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        if not isinstance(o, M):
            return NotImplemented
        cols = list(zip(*o.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, o):
        return f"rmatmul with {o!r}"
    def __repr__(self): return f"M({self.rows})"
a = M([[1, 2], [3, 4]])
b = M([[5, 6], [7, 8]])
print(a @ b)
print([1] @ a)
c = a
c @= b
print(c, c is a)
try:
    1 @ 2
except TypeError as e:
    print(e)
try:
    a @ 3
except TypeError as e:
    print(e)
