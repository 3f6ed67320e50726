f = frozenset([1, 2, 3])
print(f, hash(f) == hash(frozenset([3, 2, 1])), f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print({f: "key"}[frozenset({1, 2, 3})], f == {1, 2, 3})
try:
    f.add(1)
except AttributeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
