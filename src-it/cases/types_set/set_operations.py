a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= a, {1} < a, a > {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
try:
    a | [1]
except TypeError as e:
    print(e)
