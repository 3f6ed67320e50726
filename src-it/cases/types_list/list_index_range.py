a = ["a", "b", "c", "b", "a"]
print(a.index("b"), a.index("b", 2), a.index("a", -2), a.index("c", 0, 3))
try:
    a.index("c", 3)
except ValueError as e:
    print(e)
