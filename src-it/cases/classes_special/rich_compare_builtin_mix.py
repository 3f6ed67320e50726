# Comparisons between instances and builtin values: which side answers, and the errors.
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("Num.__eq__", type(o).__name__)
        return self.v == (o.v if isinstance(o, Num) else o)
    def __lt__(self, o):
        print("Num.__lt__", type(o).__name__)
        return self.v < (o.v if isinstance(o, Num) else o)
    __hash__ = None
n = Num(3)
print(n == 3, 3 == n, n != 3, 3 != n)
print(n < 5, 5 > n, 2 < n if False else "skip")
try:
    print(5 < n)
except TypeError as e:
    print(e)
print([n] == [3], (3,) == (n,), {"k": n} == {"k": 3})
print(n in [1, 2, 3], 3 in [n])
print(1.0 == Num(1), "s" == Num("s"))
for a, b in [(1, "1"), ([1], (1,)), (None, 0), ({1}, [1])]:
    print(a == b, a != b)
    try:
        a < b
    except TypeError as e:
        print(e)
