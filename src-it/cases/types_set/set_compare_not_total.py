a = {1, 2}
b = {2, 3}
print(a < b, a > b, a == b, a <= b, sorted([frozenset({1}), frozenset({1, 2})], key=len))
try:
    {1} < [1]
except TypeError as e:
    print(e)
print({1} == [1], {1}.__eq__([1]))
