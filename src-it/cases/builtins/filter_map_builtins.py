print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda x: x % 2, range(7))))
print(list(map(abs, [-1, -2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")))
m = map(int, ["1", "x"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(e)
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError as e:
    print(e)
