print({1, 2, 3}, {0}, set(), {5, 1, 3}, frozenset({2, 1}), frozenset())
print(repr({-1, -2}), {10, 20, 30})
