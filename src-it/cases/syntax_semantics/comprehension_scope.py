x = "outer"
lst = [x for x in range(3)]
print(lst, x)
print({k: k * 2 for k in range(3)})
print(sorted({v % 3 for v in range(10)}))
g = (y * y for y in range(4))
print(list(g))
try:
    y
except NameError as e:
    print(e)
