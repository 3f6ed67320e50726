class Tagged(set):
    tag = "t"
t = Tagged([1, 2])
print(sorted(t), t.tag, type(t.copy()).__name__, type(t | {3}).__name__, isinstance(t, set))
print(repr(Tagged()), repr(Tagged([1])))
