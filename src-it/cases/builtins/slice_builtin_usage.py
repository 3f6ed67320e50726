s = slice(2, 8, 2)
data = list(range(10))
print(data[s], "abcdefghij"[s], s.indices(5))
