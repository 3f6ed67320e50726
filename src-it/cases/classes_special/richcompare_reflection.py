# a < b tries a.__lt__ then b.__gt__; == falls back to identity; order of calls printed.
class P:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"P{self.n}.__lt__"); return NotImplemented
    def __gt__(self, o):
        print(f"P{self.n}.__gt__"); return NotImplemented
    def __eq__(self, o):
        print(f"P{self.n}.__eq__"); return NotImplemented
for expr in ["P(1) < P(2)", "P(1) > P(2)", "P(1) == P(2)", "P(1) != P(2)"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "->", e)
p = P(3)
print(p == p, p != p)
try:
    P(1) <= P(2)
except TypeError as e:
    print(e)
try:
    1 < P(1)
except TypeError as e:
    print(e)
try:
    [] < ()
except TypeError as e:
    print(e)
try:
    None >= 1
except TypeError as e:
    print(e)
