a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 2 in a, 3 not in a)
print("ab" in "cabd", "" in "x", (1, 2) in [(1, 2)])
d = {"k": 1}
print("k" in d, 1 in d)
