s = {1, 1.0, True}
print(s, len(s))
s2 = {0, -0.0, False}
print(len(s2))
print(1 in {1.0}, 2.0 in {2}, frozenset({1}) == {True})
