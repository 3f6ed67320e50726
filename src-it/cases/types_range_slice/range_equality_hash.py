print(range(0) == range(5, 5), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(2, 2)), range(1, 10, 3) == range(1, 11, 3))
print(repr(range(1, 4, 1)), repr(range(1, 4, 2)))
