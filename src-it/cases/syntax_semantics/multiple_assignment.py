a = b = c = [0]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
