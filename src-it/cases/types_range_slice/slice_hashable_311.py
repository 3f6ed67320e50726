try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)
print(slice(1, 2, 3).__reduce__()[1])
