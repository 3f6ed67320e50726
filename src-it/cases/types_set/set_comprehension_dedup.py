words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(sorted({w[0] for w in words}))
print(sorted({x % 5 for x in range(100)}))
print(len({(i, j) for i in range(3) for j in range(3)}))
