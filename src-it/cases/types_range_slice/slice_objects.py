s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 3).indices(7))
print("abcdefghij"[s], [0, 1, 2, 3][slice(-2, None)])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
