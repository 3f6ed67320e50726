print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1] == (1,))
print([float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n])
try:
    [1] < ["a"]
except TypeError as e:
    print(e)
