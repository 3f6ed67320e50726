print(list(), list("abc"), list(range(3)), list((1, 2)), list({3: 4}), list(x * x for x in range(4)))
print(list(map(str, [1, 2])), list(zip("ab", [1, 2])), list(reversed([1, 2, 3])))
