print(frozenset("aba") == frozenset("ab"), frozenset(range(4)), frozenset(frozenset([1])), frozenset({1: 2}))
f = frozenset([1])
print(frozenset(f) is f)
