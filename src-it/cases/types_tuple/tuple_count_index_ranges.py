t = (1, 2, 1, 3, 1)
print(t.count(1), t.index(1, 1), t.index(1, -1), t.index(3, 0, 4))
try:
    t.index(3, 0, 3)
except ValueError as e:
    print(e)
